--liquibase formatted sql

--changeset kundlofte:customers-1-industry
CREATE TABLE industry (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name_sv VARCHAR(80) NOT NULL,
    name_en VARCHAR(80) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_industry_name_sv UNIQUE (name_sv),
    CONSTRAINT uq_industry_name_en UNIQUE (name_en)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:customers-2-industry-seed
--comment: Reference data, needed in every installation (not demo data).
INSERT INTO industry (name_sv, name_en) VALUES
    ('Bygg och anläggning', 'Construction'),
    ('Vård och omsorg', 'Health care'),
    ('Handel', 'Retail'),
    ('Offentlig sektor', 'Public sector'),
    ('Tillverkning', 'Manufacturing'),
    ('Hotell och restaurang', 'Hospitality'),
    ('Transport och logistik', 'Transport and logistics'),
    ('IT och telekom', 'IT and telecom'),
    ('Energi', 'Energy'),
    ('Fastigheter', 'Real estate'),
    ('Bank och finans', 'Banking and finance'),
    ('Utbildning', 'Education');

--changeset kundlofte:customers-3-customer
CREATE TABLE customer (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(160) NOT NULL,
    org_number VARCHAR(11) NULL,
    industry_id BIGINT NULL,
    segment VARCHAR(32) NOT NULL,
    key_account BOOLEAN NOT NULL DEFAULT FALSE,
    owner_id BIGINT NULL,
    notes TEXT NULL,
    archived BOOLEAN NOT NULL DEFAULT FALSE,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_customer_org_number UNIQUE (org_number),
    CONSTRAINT fk_customer_industry FOREIGN KEY (industry_id) REFERENCES industry (id),
    CONSTRAINT fk_customer_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:customers-4-customer-list-index
--comment: The register lists non-archived customers by name, a page at a time.
CREATE INDEX ix_customer_archived_name ON customer (archived, name, id);

--changeset kundlofte:customers-5-customer-filter-indexes
CREATE INDEX ix_customer_industry ON customer (industry_id, archived, name);

--changeset kundlofte:customers-6-customer-owner-index
CREATE INDEX ix_customer_owner ON customer (owner_id, archived, name);

--changeset kundlofte:customers-7-stakeholder
CREATE TABLE stakeholder (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    customer_id BIGINT NOT NULL,
    name VARCHAR(120) NOT NULL,
    title VARCHAR(120) NULL,
    email VARCHAR(254) NULL,
    phone VARCHAR(40) NULL,
    primary_contact BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_stakeholder_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:customers-8-stakeholder-role
CREATE TABLE stakeholder_role (
    stakeholder_id BIGINT NOT NULL,
    role VARCHAR(32) NOT NULL,
    PRIMARY KEY (stakeholder_id, role),
    CONSTRAINT fk_stakeholder_role_stakeholder FOREIGN KEY (stakeholder_id) REFERENCES stakeholder (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:customers-9-need
CREATE TABLE need (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    customer_id BIGINT NOT NULL,
    title VARCHAR(160) NOT NULL,
    description TEXT NULL,
    kind VARCHAR(16) NOT NULL,
    CONSTRAINT fk_need_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:customers-10-customer-org-number-sort-index
--comment: Sorting the register by org number without a filesort.
CREATE INDEX ix_customer_archived_org ON customer (archived, org_number);

--changeset kundlofte:customers-11-customer-key-account-index
CREATE INDEX ix_customer_key_account ON customer (archived, key_account, name, id);

--changeset kundlofte:customers-12-customer-segment-index
CREATE INDEX ix_customer_segment ON customer (archived, segment, name, id);
