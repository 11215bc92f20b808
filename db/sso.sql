--liquibase formatted sql

--changeset kundlofte:sso-1-password-optional
ALTER TABLE app_user MODIFY password_hash VARCHAR(255) NULL;

--changeset kundlofte:sso-2-username-fits-email
ALTER TABLE app_user MODIFY username VARCHAR(254) NOT NULL;

--changeset kundlofte:sso-3-sso-subject
ALTER TABLE app_user ADD COLUMN sso_subject VARCHAR(255) NULL;

--changeset kundlofte:sso-4-sso-subject-unique
CREATE UNIQUE INDEX uq_app_user_sso_subject ON app_user (sso_subject);
