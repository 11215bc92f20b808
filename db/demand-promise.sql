--liquibase formatted sql

--changeset kundlofte:demand-promise-1-column
--comment: A failure-demand contact may be tagged "promise broken" with the promise it broke; the promise's health counts these.
ALTER TABLE demand ADD COLUMN promise_id BIGINT NULL;

--changeset kundlofte:demand-promise-2-foreign-key
ALTER TABLE demand ADD CONSTRAINT fk_demand_promise FOREIGN KEY (promise_id) REFERENCES promise (id);

--changeset kundlofte:demand-promise-3-index
CREATE INDEX ix_demand_promise ON demand (promise_id, logged_at, kind);
