--liquibase formatted sql

--changeset kundlofte:demand-1-failure-cause
CREATE TABLE failure_cause (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(40) NOT NULL,
    name_sv VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    sort_order INT NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_failure_cause_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:demand-2-failure-cause-seed
--comment: The failure causes of seed 002 (Seddon): reference data for every installation.
INSERT INTO failure_cause (code, name_sv, name_en, sort_order) VALUES
    ('NOT_DONE', 'Inte utfört / jagar besked', 'Not done / chasing progress', 10),
    ('WAITING', 'Väntetid', 'Waiting time', 20),
    ('MISSING_INFO', 'Saknad eller otydlig information', 'Missing or unclear information', 30),
    ('WRONG_INVOICE', 'Felaktig faktura', 'Wrong invoice', 40),
    ('ERROR_CORRECTION', 'Felrättning', 'Error correction', 50),
    ('REPEAT_CONTACT', 'Inte löst första gången', 'Not resolved first time (repeat contact)', 60),
    ('UNKNOWLEDGEABLE', 'Okunnig personal', 'Unknowledgeable staff', 70),
    ('CUSTOMER_DOES_OUR_WORK', 'Kunden får göra vårt jobb', 'Customer made to do our work', 80),
    ('MISSED_PROMISE', 'Missad tid eller brutet löfte', 'Missed appointment or promise', 90);

--changeset kundlofte:demand-3-channel
CREATE TABLE contact_channel (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(40) NOT NULL,
    name_sv VARCHAR(80) NOT NULL,
    name_en VARCHAR(80) NOT NULL,
    sort_order INT NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_contact_channel_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:demand-4-channel-seed
INSERT INTO contact_channel (code, name_sv, name_en, sort_order) VALUES
    ('PHONE', 'Telefon', 'Phone', 10),
    ('EMAIL', 'E-post', 'Email', 20),
    ('CHAT', 'Chatt', 'Chat', 30),
    ('VISIT', 'Besök', 'Visit', 40),
    ('WEB_FORM', 'Webbformulär', 'Web form', 50),
    ('LETTER', 'Brev', 'Letter', 60);

--changeset kundlofte:demand-5-demand
CREATE TABLE demand (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    channel_id BIGINT NOT NULL,
    customer_id BIGINT NULL,
    customer_words TEXT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    cause_id BIGINT NULL,
    journey_stage VARCHAR(40) NULL,
    resolved_first_contact BOOLEAN NULL,
    requirement_id BIGINT NULL,
    logged_at DATETIME(6) NOT NULL,
    logged_by BIGINT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_demand_channel FOREIGN KEY (channel_id) REFERENCES contact_channel (id),
    CONSTRAINT fk_demand_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_demand_cause FOREIGN KEY (cause_id) REFERENCES failure_cause (id),
    CONSTRAINT fk_demand_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id),
    CONSTRAINT fk_demand_logged_by FOREIGN KEY (logged_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:demand-6-time-index
--comment: Every analysis reads a period; this index covers all it groups by, so no table rows are read.
CREATE INDEX ix_demand_time ON demand (logged_at, kind, cause_id, channel_id, customer_id, journey_stage);

--changeset kundlofte:demand-7-cause-index
CREATE INDEX ix_demand_cause ON demand (cause_id, logged_at);

--changeset kundlofte:demand-8-customer-index
CREATE INDEX ix_demand_customer ON demand (customer_id, logged_at);

--changeset kundlofte:demand-9-kind-index
CREATE INDEX ix_demand_kind ON demand (kind, logged_at);

--changeset kundlofte:demand-10-logged-by-index
CREATE INDEX ix_demand_logged_by ON demand (logged_by, logged_at);

--changeset kundlofte:demand-11-cause-requirement
--comment: A failure cause turned into work on the board.
CREATE TABLE cause_requirement (
    cause_id BIGINT NOT NULL,
    requirement_id BIGINT NOT NULL,
    linked_at DATETIME(6) NOT NULL,
    PRIMARY KEY (cause_id, requirement_id),
    CONSTRAINT fk_cause_requirement_cause FOREIGN KEY (cause_id) REFERENCES failure_cause (id),
    CONSTRAINT fk_cause_requirement_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
