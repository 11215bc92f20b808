--liquibase formatted sql

--changeset kundlofte:requirements-1-requirement
CREATE TABLE requirement (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    title VARCHAR(200) NOT NULL,
    description TEXT NULL,
    customer_id BIGINT NULL,
    industry_id BIGINT NULL,
    source VARCHAR(32) NOT NULL,
    source_reference VARCHAR(500) NULL,
    formal BOOLEAN NOT NULL DEFAULT FALSE,
    journey_stage VARCHAR(40) NULL,
    owner_id BIGINT NULL,
    due_date DATE NULL,
    stage VARCHAR(20) NOT NULL,
    stage_entered_at DATETIME(6) NOT NULL,
    board_rank BIGINT NOT NULL,
    critical BOOLEAN NOT NULL DEFAULT FALSE,
    applies VARCHAR(10) NULL,
    applies_why TEXT NULL,
    realistic VARCHAR(10) NULL,
    realistic_why TEXT NULL,
    constraints_note TEXT NULL,
    effort VARCHAR(4) NULL,
    customer_value INT NULL,
    risk INT NULL,
    indicator VARCHAR(300) NULL,
    target VARCHAR(300) NULL,
    next_review DATE NULL,
    rejection_reason TEXT NULL,
    rejection_communicated BOOLEAN NOT NULL DEFAULT FALSE,
    created_at DATETIME(6) NOT NULL,
    created_by BIGINT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_requirement_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_requirement_industry FOREIGN KEY (industry_id) REFERENCES industry (id),
    CONSTRAINT fk_requirement_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:requirements-2-board-index
--comment: The board reads the top cards of each column by critical flag and rank.
CREATE INDEX ix_requirement_board ON requirement (stage, critical, board_rank);

--changeset kundlofte:requirements-3-affected-role
CREATE TABLE requirement_affected_role (
    requirement_id BIGINT NOT NULL,
    role VARCHAR(32) NOT NULL,
    PRIMARY KEY (requirement_id, role),
    CONSTRAINT fk_req_role_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:requirements-4-action
CREATE TABLE requirement_action (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    requirement_id BIGINT NOT NULL,
    type VARCHAR(20) NOT NULL,
    description VARCHAR(500) NOT NULL,
    owner_id BIGINT NULL,
    due_date DATE NULL,
    done BOOLEAN NOT NULL DEFAULT FALSE,
    done_at DATETIME(6) NULL,
    CONSTRAINT fk_action_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id),
    CONSTRAINT fk_action_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:requirements-5-action-overdue-index
CREATE INDEX ix_action_open ON requirement_action (requirement_id, done, due_date);

--changeset kundlofte:requirements-6-communication
CREATE TABLE requirement_communication (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    requirement_id BIGINT NOT NULL,
    recipients VARCHAR(500) NOT NULL,
    channel VARCHAR(20) NOT NULL,
    communicated_on DATE NOT NULL,
    summary TEXT NOT NULL,
    recorded_by BIGINT NULL,
    CONSTRAINT fk_communication_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:requirements-7-history
--comment: Who changed what and when, old and new; stage rows also give lead and stage times.
CREATE TABLE requirement_history (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    requirement_id BIGINT NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    changed_by BIGINT NULL,
    changed_by_name VARCHAR(120) NOT NULL,
    field VARCHAR(40) NOT NULL,
    old_value TEXT NULL,
    new_value TEXT NULL,
    CONSTRAINT fk_history_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:requirements-8-history-index
CREATE INDEX ix_history_requirement ON requirement_history (requirement_id, changed_at);

--changeset kundlofte:requirements-9-wip-limit
CREATE TABLE board_column (
    stage VARCHAR(20) PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    wip_limit INT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:requirements-10-wip-limit-seed
INSERT INTO board_column (stage, wip_limit) VALUES
    ('IDENTIFIED', NULL), ('ANALYSED', 25), ('PRIORITISED', 20), ('ACTIONS', 15),
    ('COMMUNICATED', 20), ('MONITORED', NULL), ('REJECTED', NULL);

--changeset kundlofte:requirements-11-customer-index
CREATE INDEX ix_requirement_customer ON requirement (customer_id, stage);
