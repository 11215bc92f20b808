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

--changeset kundlofte:demand-12-day-summary
--comment: Daily counts per kind, cause, channel and stage, kept by triggers: the analysis reads tens of thousands of rows here instead of a million contacts. Null cause and stage are stored as 0 and '' so that they can be part of the key.
CREATE TABLE demand_day (
    day DATE NOT NULL,
    kind VARCHAR(16) NOT NULL,
    cause_id BIGINT NOT NULL,
    channel_id BIGINT NOT NULL,
    journey_stage VARCHAR(40) NOT NULL,
    contacts INT NOT NULL,
    PRIMARY KEY (day, kind, cause_id, channel_id, journey_stage)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:demand-13-customer-day-summary
CREATE TABLE demand_customer_day (
    day DATE NOT NULL,
    customer_id BIGINT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    contacts INT NOT NULL,
    PRIMARY KEY (day, customer_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:demand-14-summary-backfill
INSERT INTO demand_day (day, kind, cause_id, channel_id, journey_stage, contacts)
SELECT DATE(logged_at), kind, COALESCE(cause_id, 0), channel_id, COALESCE(journey_stage, ''), COUNT(*)
FROM demand GROUP BY DATE(logged_at), kind, COALESCE(cause_id, 0), channel_id, COALESCE(journey_stage, '');

--changeset kundlofte:demand-15-customer-summary-backfill
INSERT INTO demand_customer_day (day, customer_id, kind, contacts)
SELECT DATE(logged_at), customer_id, kind, COUNT(*) FROM demand WHERE customer_id IS NOT NULL
GROUP BY DATE(logged_at), customer_id, kind;

--changeset kundlofte:demand-16-trigger-insert splitStatements:false
CREATE TRIGGER demand_summary_insert AFTER INSERT ON demand FOR EACH ROW
BEGIN
    INSERT INTO demand_day (day, kind, cause_id, channel_id, journey_stage, contacts)
    VALUES (DATE(NEW.logged_at), NEW.kind, COALESCE(NEW.cause_id, 0), NEW.channel_id, COALESCE(NEW.journey_stage, ''), 1)
    ON DUPLICATE KEY UPDATE contacts = contacts + 1;
    IF NEW.customer_id IS NOT NULL THEN
        INSERT INTO demand_customer_day (day, customer_id, kind, contacts)
        VALUES (DATE(NEW.logged_at), NEW.customer_id, NEW.kind, 1)
        ON DUPLICATE KEY UPDATE contacts = contacts + 1;
    END IF;
END;

--changeset kundlofte:demand-17-trigger-delete splitStatements:false
CREATE TRIGGER demand_summary_delete AFTER DELETE ON demand FOR EACH ROW
BEGIN
    UPDATE demand_day SET contacts = contacts - 1
    WHERE day = DATE(OLD.logged_at) AND kind = OLD.kind AND cause_id = COALESCE(OLD.cause_id, 0)
      AND channel_id = OLD.channel_id AND journey_stage = COALESCE(OLD.journey_stage, '');
    IF OLD.customer_id IS NOT NULL THEN
        UPDATE demand_customer_day SET contacts = contacts - 1
        WHERE day = DATE(OLD.logged_at) AND customer_id = OLD.customer_id AND kind = OLD.kind;
    END IF;
END;

--changeset kundlofte:demand-18-trigger-update splitStatements:false
CREATE TRIGGER demand_summary_update AFTER UPDATE ON demand FOR EACH ROW
BEGIN
    IF NOT (OLD.kind <=> NEW.kind AND OLD.cause_id <=> NEW.cause_id AND OLD.channel_id <=> NEW.channel_id
            AND OLD.journey_stage <=> NEW.journey_stage AND OLD.customer_id <=> NEW.customer_id
            AND OLD.logged_at <=> NEW.logged_at) THEN
        UPDATE demand_day SET contacts = contacts - 1
        WHERE day = DATE(OLD.logged_at) AND kind = OLD.kind AND cause_id = COALESCE(OLD.cause_id, 0)
          AND channel_id = OLD.channel_id AND journey_stage = COALESCE(OLD.journey_stage, '');
        INSERT INTO demand_day (day, kind, cause_id, channel_id, journey_stage, contacts)
        VALUES (DATE(NEW.logged_at), NEW.kind, COALESCE(NEW.cause_id, 0), NEW.channel_id, COALESCE(NEW.journey_stage, ''), 1)
        ON DUPLICATE KEY UPDATE contacts = contacts + 1;
        IF OLD.customer_id IS NOT NULL THEN
            UPDATE demand_customer_day SET contacts = contacts - 1
            WHERE day = DATE(OLD.logged_at) AND customer_id = OLD.customer_id AND kind = OLD.kind;
        END IF;
        IF NEW.customer_id IS NOT NULL THEN
            INSERT INTO demand_customer_day (day, customer_id, kind, contacts)
            VALUES (DATE(NEW.logged_at), NEW.customer_id, NEW.kind, 1)
            ON DUPLICATE KEY UPDATE contacts = contacts + 1;
        END IF;
    END IF;
END;
