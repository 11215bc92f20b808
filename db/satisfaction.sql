--liquibase formatted sql

--changeset kundlofte:satisfaction-1-survey-response
--comment: One answer to a satisfaction survey (NPS 0-10, CSAT 1-5, CES 1-7). The external id of the survey tool makes a re-import add nothing twice.
CREATE TABLE survey_response (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    survey_type VARCHAR(8) NOT NULL,
    score INT NOT NULL,
    answered_on DATE NOT NULL,
    customer_id BIGINT NOT NULL,
    stakeholder_id BIGINT NULL,
    journey_stage VARCHAR(40) NULL,
    comment TEXT NULL,
    survey_channel VARCHAR(20) NULL,
    external_id VARCHAR(100) NULL,
    recorded_at DATETIME(6) NOT NULL,
    recorded_by BIGINT NULL,
    CONSTRAINT uq_survey_response_external UNIQUE (external_id),
    CONSTRAINT ck_survey_response_score CHECK (
        (survey_type = 'NPS' AND score BETWEEN 0 AND 10)
        OR (survey_type = 'CSAT' AND score BETWEEN 1 AND 5)
        OR (survey_type = 'CES' AND score BETWEEN 1 AND 7)),
    CONSTRAINT fk_survey_response_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_survey_response_stakeholder FOREIGN KEY (stakeholder_id) REFERENCES stakeholder (id),
    CONSTRAINT fk_survey_response_recorded_by FOREIGN KEY (recorded_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:satisfaction-2-time-index
--comment: Trends and breakdowns filtered by customer read only this index (type, period, stage, customer, score).
CREATE INDEX ix_survey_response_time ON survey_response (survey_type, answered_on, journey_stage, customer_id, score);

--changeset kundlofte:satisfaction-3-customer-index
CREATE INDEX ix_survey_response_customer ON survey_response (customer_id, answered_on);

--changeset kundlofte:satisfaction-4-answered-index
--comment: The comments list, newest first.
CREATE INDEX ix_survey_response_answered ON survey_response (answered_on, id);

--changeset kundlofte:satisfaction-5-day-summary
--comment: Per day, type and stage: count, sum and sum of squares of the scores, and the high (promoters, satisfied, easy) and low (detractors, dissatisfied, difficult) answers; kept by triggers, enough for every figure and its interval without reading the responses. Null stage is stored as ''.
CREATE TABLE satisfaction_day (
    survey_type VARCHAR(8) NOT NULL,
    day DATE NOT NULL,
    journey_stage VARCHAR(40) NOT NULL,
    responses INT NOT NULL,
    score_sum BIGINT NOT NULL,
    score_squares BIGINT NOT NULL,
    high INT NOT NULL,
    low INT NOT NULL,
    PRIMARY KEY (survey_type, day, journey_stage)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:satisfaction-6-trigger-insert splitStatements:false
CREATE TRIGGER survey_response_summary_insert AFTER INSERT ON survey_response FOR EACH ROW
BEGIN
    INSERT INTO satisfaction_day (survey_type, day, journey_stage, responses, score_sum, score_squares, high, low)
    VALUES (NEW.survey_type, NEW.answered_on, COALESCE(NEW.journey_stage, ''), 1, NEW.score, NEW.score * NEW.score,
            CASE NEW.survey_type WHEN 'NPS' THEN NEW.score >= 9 WHEN 'CSAT' THEN NEW.score >= 4 ELSE NEW.score >= 5 END,
            CASE NEW.survey_type WHEN 'NPS' THEN NEW.score <= 6 WHEN 'CSAT' THEN NEW.score <= 2 ELSE NEW.score <= 3 END)
    ON DUPLICATE KEY UPDATE responses = responses + 1, score_sum = score_sum + VALUES(score_sum),
        score_squares = score_squares + VALUES(score_squares), high = high + VALUES(high), low = low + VALUES(low);
END;

--changeset kundlofte:satisfaction-7-trigger-delete splitStatements:false
CREATE TRIGGER survey_response_summary_delete AFTER DELETE ON survey_response FOR EACH ROW
BEGIN
    UPDATE satisfaction_day SET responses = responses - 1, score_sum = score_sum - OLD.score,
        score_squares = score_squares - OLD.score * OLD.score,
        high = high - (CASE OLD.survey_type WHEN 'NPS' THEN OLD.score >= 9 WHEN 'CSAT' THEN OLD.score >= 4 ELSE OLD.score >= 5 END),
        low = low - (CASE OLD.survey_type WHEN 'NPS' THEN OLD.score <= 6 WHEN 'CSAT' THEN OLD.score <= 2 ELSE OLD.score <= 3 END)
    WHERE survey_type = OLD.survey_type AND day = OLD.answered_on AND journey_stage = COALESCE(OLD.journey_stage, '');
END;

--changeset kundlofte:satisfaction-8-trigger-update splitStatements:false
CREATE TRIGGER survey_response_summary_update AFTER UPDATE ON survey_response FOR EACH ROW
BEGIN
    IF NOT (OLD.survey_type <=> NEW.survey_type AND OLD.score <=> NEW.score AND OLD.answered_on <=> NEW.answered_on
            AND OLD.journey_stage <=> NEW.journey_stage) THEN
        UPDATE satisfaction_day SET responses = responses - 1, score_sum = score_sum - OLD.score,
            score_squares = score_squares - OLD.score * OLD.score,
            high = high - (CASE OLD.survey_type WHEN 'NPS' THEN OLD.score >= 9 WHEN 'CSAT' THEN OLD.score >= 4 ELSE OLD.score >= 5 END),
            low = low - (CASE OLD.survey_type WHEN 'NPS' THEN OLD.score <= 6 WHEN 'CSAT' THEN OLD.score <= 2 ELSE OLD.score <= 3 END)
        WHERE survey_type = OLD.survey_type AND day = OLD.answered_on AND journey_stage = COALESCE(OLD.journey_stage, '');
        INSERT INTO satisfaction_day (survey_type, day, journey_stage, responses, score_sum, score_squares, high, low)
        VALUES (NEW.survey_type, NEW.answered_on, COALESCE(NEW.journey_stage, ''), 1, NEW.score, NEW.score * NEW.score,
                CASE NEW.survey_type WHEN 'NPS' THEN NEW.score >= 9 WHEN 'CSAT' THEN NEW.score >= 4 ELSE NEW.score >= 5 END,
                CASE NEW.survey_type WHEN 'NPS' THEN NEW.score <= 6 WHEN 'CSAT' THEN NEW.score <= 2 ELSE NEW.score <= 3 END)
        ON DUPLICATE KEY UPDATE responses = responses + 1, score_sum = score_sum + VALUES(score_sum),
            score_squares = score_squares + VALUES(score_squares), high = high + VALUES(high), low = low + VALUES(low);
    END IF;
END;

--changeset kundlofte:satisfaction-9-follow-up
--comment: Closing the loop: an NPS detractor or CSAT 1-2 gets a follow-up by the customer's owner, open until someone records what was done.
CREATE TABLE satisfaction_follow_up (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    response_id BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    owner_id BIGINT NULL,
    created_at DATETIME(6) NOT NULL,
    due_on DATE NOT NULL,
    closed_at DATETIME(6) NULL,
    closed_by BIGINT NULL,
    action_taken TEXT NULL,
    customer_contacted BOOLEAN NULL,
    requirement_id BIGINT NULL,
    CONSTRAINT uq_follow_up_response UNIQUE (response_id),
    CONSTRAINT fk_follow_up_response FOREIGN KEY (response_id) REFERENCES survey_response (id),
    CONSTRAINT fk_follow_up_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_follow_up_owner FOREIGN KEY (owner_id) REFERENCES app_user (id),
    CONSTRAINT fk_follow_up_closed_by FOREIGN KEY (closed_by) REFERENCES app_user (id),
    CONSTRAINT fk_follow_up_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:satisfaction-10-follow-up-open-index
CREATE INDEX ix_follow_up_open ON satisfaction_follow_up (closed_at, owner_id, due_on);

--changeset kundlofte:satisfaction-11-follow-up-customer-index
CREATE INDEX ix_follow_up_customer ON satisfaction_follow_up (customer_id, closed_at);

--changeset kundlofte:satisfaction-12-type-customer-index
--comment: Filters that narrow customers (segment, industry, key accounts) read each chosen customer's responses of a type here instead of every response of the period.
CREATE INDEX ix_survey_response_type_customer ON survey_response (survey_type, customer_id, answered_on, journey_stage, score);
