-- Deep Linking 2.0 and Names and Role Provisioning Services 2.0. Portable SQL: the same file runs on the
-- embedded H2 database and on PostgreSQL.

-- A trainer's deep-linking launch waiting for their choice: where the answer goes and what it must echo.
-- Single use (answered_at) and short-lived; the picker's API finds it by its random id and the session's user.
CREATE TABLE lti_deep_linking_request (
    id              VARCHAR(64)              NOT NULL,
    registration_id BIGINT                   NOT NULL,
    deployment_id   VARCHAR(255)             NOT NULL,
    user_id         BIGINT                   NOT NULL,
    context_id      BIGINT,
    return_url      VARCHAR(2000)            NOT NULL,
    data            VARCHAR(10000),
    accept_multiple BOOLEAN                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_lti_deep_linking_request PRIMARY KEY (id),
    CONSTRAINT fk_dl_request_registration FOREIGN KEY (registration_id)
        REFERENCES platform_registration (id) ON DELETE CASCADE,
    CONSTRAINT fk_dl_request_user FOREIGN KEY (user_id) REFERENCES lti_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_dl_request_context FOREIGN KEY (context_id) REFERENCES lti_context (id) ON DELETE CASCADE
);
CREATE INDEX ix_lti_deep_linking_request_expires ON lti_deep_linking_request (expires_at);

-- The settings the trainer chose for a link, carried in its custom parameters and written at every launch
-- (a platform may keep the link's id while the trainer picks other content). Null: not chosen.
ALTER TABLE lti_resource_link ADD COLUMN score_maximum DOUBLE PRECISION;
ALTER TABLE lti_resource_link ADD COLUMN needs_approval BOOLEAN;
ALTER TABLE lti_resource_link ADD COLUMN due_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_lti_resource_link_context ON lti_resource_link (context_id, assignment_id);

-- Members known only from the platform's roster (NRPS) have never launched.
ALTER TABLE lti_user ALTER COLUMN last_launch_at DROP NOT NULL;
ALTER TABLE lti_membership ALTER COLUMN last_launch_at DROP NOT NULL;
-- When the roster last listed the member, and when a complete roster no longer did (left the course; their
-- work stays). A member who launches again is back.
ALTER TABLE lti_membership ADD COLUMN listed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE lti_membership ADD COLUMN left_at TIMESTAMP WITH TIME ZONE;

-- The course's roster: when it was last read from the platform (complete or cut off at the page cap), and when
-- it was last tried, so that it is read at most every few minutes.
ALTER TABLE lti_context ADD COLUMN roster_synced_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE lti_context ADD COLUMN roster_truncated BOOLEAN;
ALTER TABLE lti_context ADD COLUMN roster_tried_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE lti_context ADD COLUMN roster_problem VARCHAR(500);
