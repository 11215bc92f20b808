--liquibase formatted sql

--changeset kundlofte:journeys-1-journey
--comment: A customer journey map, one per segment or offering (seed 003). The standard journey holds the eight default stages; a NULL name reads as the translated "Standard journey".
CREATE TABLE journey (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(120) NULL,
    description TEXT NULL,
    segment VARCHAR(32) NULL,
    standard BOOLEAN NOT NULL DEFAULT FALSE,
    gap_failure_percent INT NOT NULL DEFAULT 30,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT ck_journey_gap_percent CHECK (gap_failure_percent BETWEEN 1 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:journeys-2-stage
--comment: A stage of one journey. It belongs to a phase (the eight default stages, shared by all journeys) so that figures compare across journeys. A NULL name reads as the translated name of its phase. The lanes of the map are its columns.
CREATE TABLE journey_stage (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    journey_id BIGINT NOT NULL,
    position INT NOT NULL,
    name VARCHAR(120) NULL,
    phase VARCHAR(40) NOT NULL,
    customer_does TEXT NULL,
    customer_thinks TEXT NULL,
    emotion TINYINT NULL,
    touchpoints TEXT NULL,
    owner_department VARCHAR(80) NULL,
    coverage VARCHAR(16) NULL,
    pain_points TEXT NULL,
    opportunities TEXT NULL,
    updated_at DATETIME(6) NULL,
    updated_by_name VARCHAR(120) NULL,
    CONSTRAINT fk_journey_stage_journey FOREIGN KEY (journey_id) REFERENCES journey (id),
    CONSTRAINT ck_journey_stage_emotion CHECK (emotion IS NULL OR emotion BETWEEN -2 AND 2)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:journeys-3-stage-index
CREATE INDEX ix_journey_stage_journey ON journey_stage (journey_id, position);

--changeset kundlofte:journeys-4-observation
--comment: Notes from being with customers where it happens (seed 003, "be there when it happens"), linked to a stage.
CREATE TABLE journey_observation (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    journey_stage_id BIGINT NOT NULL,
    observed_on DATE NOT NULL,
    observer_id BIGINT NOT NULL,
    customer_id BIGINT NULL,
    place VARCHAR(200) NULL,
    what_happened TEXT NOT NULL,
    insight TEXT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_journey_observation_stage FOREIGN KEY (journey_stage_id) REFERENCES journey_stage (id),
    CONSTRAINT fk_journey_observation_observer FOREIGN KEY (observer_id) REFERENCES app_user (id),
    CONSTRAINT fk_journey_observation_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset kundlofte:journeys-5-observation-index
CREATE INDEX ix_journey_observation_stage ON journey_observation (journey_stage_id, observed_on);

--changeset kundlofte:journeys-6-requirement-stage
--comment: A requirement may point at one journey's stage. Its journey_stage column keeps the stage's phase, so analysis across journeys reads as before.
ALTER TABLE requirement ADD COLUMN journey_stage_id BIGINT NULL;
ALTER TABLE requirement ADD CONSTRAINT fk_requirement_journey_stage FOREIGN KEY (journey_stage_id) REFERENCES journey_stage (id);
CREATE INDEX ix_requirement_journey_stage ON requirement (journey_stage_id, stage);

--changeset kundlofte:journeys-7-demand-stage
--comment: A contact may point at one journey's stage. Its journey_stage column keeps the stage's phase: demand_day and the analysis stay keyed by phase, unchanged.
ALTER TABLE demand ADD COLUMN journey_stage_id BIGINT NULL;
ALTER TABLE demand ADD CONSTRAINT fk_demand_journey_stage FOREIGN KEY (journey_stage_id) REFERENCES journey_stage (id);
CREATE INDEX ix_demand_journey_stage ON demand (journey_stage_id, logged_at, kind);

--changeset kundlofte:journeys-8-standard-journey
--comment: Existing installations keep every stage they recorded: the standard journey gets one stage per phase, and each requirement and contact with a stage points at the standard journey's stage of that phase.
INSERT INTO journey (version, name, description, segment, standard, gap_failure_percent, created_at, updated_at)
VALUES (0, NULL, NULL, NULL, TRUE, 30, NOW(6), NOW(6));
INSERT INTO journey_stage (version, journey_id, position, name, phase)
SELECT 0, j.id, p.position, NULL, p.phase
FROM journey j
JOIN (SELECT 0 AS position, 'NEED_ARISES' AS phase
      UNION ALL SELECT 1, 'SEARCH_EVALUATE'
      UNION ALL SELECT 2, 'OFFER_NEGOTIATION'
      UNION ALL SELECT 3, 'ORDER'
      UNION ALL SELECT 4, 'DELIVERY_INSTALLATION'
      UNION ALL SELECT 5, 'USE'
      UNION ALL SELECT 6, 'SUPPORT_AFTER_SALES'
      UNION ALL SELECT 7, 'RENEWAL_RECOMMENDATION') p
WHERE j.standard = TRUE;
UPDATE requirement r
JOIN journey_stage s ON s.phase = r.journey_stage
JOIN journey j ON j.id = s.journey_id AND j.standard = TRUE
SET r.journey_stage_id = s.id
WHERE r.journey_stage IS NOT NULL;
UPDATE demand d
JOIN journey_stage s ON s.phase = d.journey_stage
JOIN journey j ON j.id = s.journey_id AND j.standard = TRUE
SET d.journey_stage_id = s.id
WHERE d.journey_stage IS NOT NULL;
