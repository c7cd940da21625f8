-- The observer's personal link and the teacher's private calendar feed. Portable SQL (H2 and PostgreSQL).

-- A link an observer made to open their form on a phone: only its id is kept (the signed link itself is
-- never stored), so that revoking it works on every server. Ending the partnership removes the observation
-- and its links with it.
CREATE TABLE observer_link (
    id             VARCHAR(64)              NOT NULL,
    observation_id BIGINT                   NOT NULL,
    observer_id    BIGINT                   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_observer_link PRIMARY KEY (id),
    CONSTRAINT fk_observer_link_observation FOREIGN KEY (observation_id)
        REFERENCES peer_observation (id) ON DELETE CASCADE
);
CREATE INDEX ix_observer_link_observation ON observer_link (observation_id, observer_id);

-- A teacher's calendar feed: the SHA-256 of its secret token (the token is shown once and never stored),
-- and the language its events are written in. Revoking deletes the row; renewing replaces the hash.
CREATE TABLE calendar_feed (
    user_id    BIGINT                   NOT NULL,
    token_hash VARCHAR(64)              NOT NULL,
    language   VARCHAR(8)               NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_calendar_feed PRIMARY KEY (user_id),
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_user FOREIGN KEY (user_id) REFERENCES lti_user (id) ON DELETE CASCADE
);
