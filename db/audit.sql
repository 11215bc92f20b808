--liquibase formatted sql

--changeset kundlofte:audit-1-event
--comment: Who changed what and when outside the requirements (which keep requirement_history).
--comment: field and coded values are translation keys, so the log reads in each user's language.
CREATE TABLE audit_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    changed_at DATETIME(6) NOT NULL,
    changed_by BIGINT NULL,
    changed_by_name VARCHAR(120) NOT NULL,
    subject_type VARCHAR(20) NOT NULL,
    subject_id BIGINT NOT NULL,
    subject_label VARCHAR(300) NOT NULL,
    field VARCHAR(60) NOT NULL,
    coded BOOLEAN NOT NULL DEFAULT FALSE,
    old_value TEXT NULL,
    new_value TEXT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:audit-2-indexes
CREATE INDEX ix_audit_event_time ON audit_event (changed_at, id);
CREATE INDEX ix_audit_event_user ON audit_event (changed_by, changed_at);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_type, subject_id);
CREATE INDEX ix_history_time ON requirement_history (changed_at, id);
CREATE INDEX ix_history_user ON requirement_history (changed_by, changed_at);

--changeset kundlofte:audit-3-board-subject-stage-code
--comment: WIP limit changes named their column by the Stage enum's ordinal, which would re-point old history if the stages were ever reordered; they now use the stage's permanent code (Stage.code()). The label always held the stage name, so it tells which code each row gets.
UPDATE audit_event SET subject_id = CASE subject_label
    WHEN 'IDENTIFIED' THEN 1
    WHEN 'ANALYSED' THEN 2
    WHEN 'PRIORITISED' THEN 3
    WHEN 'ACTIONS' THEN 4
    WHEN 'COMMUNICATED' THEN 5
    WHEN 'MONITORED' THEN 6
    WHEN 'REJECTED' THEN 7
END
WHERE subject_type = 'BOARD'
  AND subject_label IN ('IDENTIFIED', 'ANALYSED', 'PRIORITISED', 'ACTIONS', 'COMMUNICATED', 'MONITORED', 'REJECTED');
