--liquibase formatted sql

--changeset kundlofte:imports-1-column-choice
--comment: The column mapping each user chose per kind of import, offered again at the next import.
CREATE TABLE import_column_choice (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    user_id BIGINT NOT NULL,
    import_kind VARCHAR(40) NOT NULL,
    header_key VARCHAR(100) NOT NULL,
    field_key VARCHAR(60) NOT NULL,
    CONSTRAINT uq_import_column_choice UNIQUE (user_id, import_kind, header_key),
    CONSTRAINT fk_import_column_choice_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
