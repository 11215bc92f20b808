--liquibase formatted sql

--changeset kundlofte:promises-1-promise
--comment: The promises we make to customers (seed 000), with the answers to the questions that help write them well and the thresholds of their health rules.
CREATE TABLE promise (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    title VARCHAR(200) NOT NULL,
    promise_text TEXT NOT NULL,
    scope VARCHAR(16) NOT NULL,
    scope_segment VARCHAR(30) NULL,
    scope_industry_id BIGINT NULL,
    scope_customer_id BIGINT NULL,
    stated_where VARCHAR(16) NOT NULL,
    implicit_promise BOOLEAN NOT NULL DEFAULT FALSE,
    limits TEXT NULL,
    owner_id BIGINT NOT NULL,
    valid_from DATE NOT NULL,
    valid_to DATE NULL,
    journey_stages VARCHAR(400) NULL,
    answer_issuer TEXT NULL,
    answer_includes TEXT NULL,
    answer_not_too_much TEXT NULL,
    answer_why_matters TEXT NULL,
    window_days INT NOT NULL DEFAULT 90,
    at_risk_contacts INT NOT NULL DEFAULT 3,
    broken_contacts INT NOT NULL DEFAULT 10,
    at_risk_rate INT NOT NULL DEFAULT 90,
    broken_rate INT NOT NULL DEFAULT 75,
    retired BOOLEAN NOT NULL DEFAULT FALSE,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_promise_industry FOREIGN KEY (scope_industry_id) REFERENCES industry (id),
    CONSTRAINT fk_promise_customer FOREIGN KEY (scope_customer_id) REFERENCES customer (id),
    CONSTRAINT fk_promise_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:promises-2-version
--comment: Every wording a promise has had: a change keeps the old text with who, when and why.
CREATE TABLE promise_version (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    promise_id BIGINT NOT NULL,
    version_no INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    promise_text TEXT NOT NULL,
    limits TEXT NULL,
    reason TEXT NULL,
    changed_at DATETIME(6) NOT NULL,
    changed_by BIGINT NULL,
    changed_by_name VARCHAR(120) NOT NULL,
    CONSTRAINT fk_promise_version_promise FOREIGN KEY (promise_id) REFERENCES promise (id),
    CONSTRAINT uq_promise_version UNIQUE (promise_id, version_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:promises-3-check
--comment: A periodic fulfilment check: our assessment, and the customer's when known (they may disagree).
CREATE TABLE promise_check (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    promise_id BIGINT NOT NULL,
    checked_on DATE NOT NULL,
    customer_id BIGINT NULL,
    kept BOOLEAN NOT NULL,
    customer_kept BOOLEAN NULL,
    evidence TEXT NOT NULL,
    recorded_by BIGINT NULL,
    recorded_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_promise_check_promise FOREIGN KEY (promise_id) REFERENCES promise (id),
    CONSTRAINT fk_promise_check_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:promises-4-check-index
CREATE INDEX ix_promise_check ON promise_check (promise_id, checked_on, kept, customer_kept);

--changeset kundlofte:promises-5-perceived
--comment: What a customer believed they were promised, when it differs from ours.
CREATE TABLE promise_perceived (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    promise_id BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    stakeholder VARCHAR(200) NULL,
    believed TEXT NOT NULL,
    came_from TEXT NULL,
    recorded_on DATE NOT NULL,
    recorded_by BIGINT NULL,
    recorded_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_promise_perceived_promise FOREIGN KEY (promise_id) REFERENCES promise (id),
    CONSTRAINT fk_promise_perceived_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:promises-6-beyond
--comment: We delivered more than promised to keep a customer satisfied; each event opens a review.
CREATE TABLE promise_beyond (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    promise_id BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    what TEXT NOT NULL,
    occurred_on DATE NOT NULL,
    estimated_cost DECIMAL(12, 2) NULL,
    approved_by BIGINT NULL,
    recorded_by BIGINT NULL,
    recorded_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_promise_beyond_promise FOREIGN KEY (promise_id) REFERENCES promise (id),
    CONSTRAINT fk_promise_beyond_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_promise_beyond_approved FOREIGN KEY (approved_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:promises-7-review
--comment: Seed 000's question after going beyond the promise: change it, clarify it, or leave it? Decided with a rationale.
CREATE TABLE promise_review (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    promise_id BIGINT NOT NULL,
    beyond_id BIGINT NOT NULL,
    opened_at DATETIME(6) NOT NULL,
    decision VARCHAR(10) NULL,
    rationale TEXT NULL,
    communication TEXT NULL,
    new_version_no INT NULL,
    decided_by BIGINT NULL,
    decided_at DATETIME(6) NULL,
    CONSTRAINT fk_promise_review_promise FOREIGN KEY (promise_id) REFERENCES promise (id),
    CONSTRAINT fk_promise_review_beyond FOREIGN KEY (beyond_id) REFERENCES promise_beyond (id),
    CONSTRAINT uq_promise_review_beyond UNIQUE (beyond_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:promises-8-review-open-index
CREATE INDEX ix_promise_review_open ON promise_review (decision, opened_at);

--changeset kundlofte:promises-9-requirement
--comment: Requirements created to keep a promise. Owned by promises; the requirement knows nothing of it.
CREATE TABLE promise_requirement (
    promise_id BIGINT NOT NULL,
    requirement_id BIGINT NOT NULL,
    linked_at DATETIME(6) NOT NULL,
    PRIMARY KEY (promise_id, requirement_id),
    CONSTRAINT fk_promise_requirement_promise FOREIGN KEY (promise_id) REFERENCES promise (id),
    CONSTRAINT fk_promise_requirement_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:promises-10-requirement-index
CREATE INDEX ix_promise_requirement_requirement ON promise_requirement (requirement_id);
