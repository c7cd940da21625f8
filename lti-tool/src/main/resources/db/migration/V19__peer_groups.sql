-- Peer-coaching groups of two or three (docs/peer-groups.md). A partnership becomes a group: formed by an
-- accepted invitation (a pair) or by the course's trainer (a pair or a trio), and ended rather than deleted,
-- so that what a member saved stays with its author. Portable SQL: the same file runs on H2 and PostgreSQL.

ALTER TABLE peer_partnership ADD COLUMN formed_by VARCHAR(16) DEFAULT 'INVITATION' NOT NULL;
ALTER TABLE peer_partnership ADD COLUMN ended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE peer_partnership ADD CONSTRAINT ck_peer_partnership_formed_by CHECK (formed_by IN ('INVITATION', 'TRAINER'));

-- The members in circle order (position 0..n-1), which decides who observes whom. active_user_id is the
-- user while the group has not ended and NULL after: its unique key allows one active group per person in an
-- assignment, and any number of ended ones.
CREATE TABLE peer_group_member (
    partnership_id BIGINT      NOT NULL,
    user_id        BIGINT      NOT NULL,
    position       INTEGER     NOT NULL,
    context_id     BIGINT      NOT NULL,
    assignment_id  VARCHAR(64) NOT NULL,
    active_user_id BIGINT,
    CONSTRAINT pk_peer_group_member PRIMARY KEY (partnership_id, user_id),
    CONSTRAINT uq_peer_group_member_position UNIQUE (partnership_id, position),
    CONSTRAINT uq_peer_group_member_active UNIQUE (context_id, assignment_id, active_user_id),
    CONSTRAINT fk_group_member_group FOREIGN KEY (partnership_id) REFERENCES peer_partnership (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_member_user FOREIGN KEY (user_id) REFERENCES lti_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_peer_group_member_user ON peer_group_member (user_id);

-- Pairs made before: the chooser's partner order does not matter in a pair. A pack that asked two
-- observations each way allowed two pairs per person; only the oldest of those holds the active key, the
-- others stay active without it (the tool no longer makes such pairs).
INSERT INTO peer_group_member (partnership_id, user_id, position, context_id, assignment_id, active_user_id)
SELECT p.id, p.first_user_id, 0, p.context_id, p.assignment_id,
       CASE WHEN EXISTS (SELECT 1 FROM peer_partnership q WHERE q.context_id = p.context_id
                         AND q.assignment_id = p.assignment_id AND q.id < p.id
                         AND (q.first_user_id = p.first_user_id OR q.second_user_id = p.first_user_id))
            THEN NULL ELSE p.first_user_id END
FROM peer_partnership p;
INSERT INTO peer_group_member (partnership_id, user_id, position, context_id, assignment_id, active_user_id)
SELECT p.id, p.second_user_id, 1, p.context_id, p.assignment_id,
       CASE WHEN EXISTS (SELECT 1 FROM peer_partnership q WHERE q.context_id = p.context_id
                         AND q.assignment_id = p.assignment_id AND q.id < p.id
                         AND (q.first_user_id = p.second_user_id OR q.second_user_id = p.second_user_id))
            THEN NULL ELSE p.second_user_id END
FROM peer_partnership p;

ALTER TABLE peer_partnership DROP CONSTRAINT uq_peer_partnership;
ALTER TABLE peer_partnership DROP CONSTRAINT ck_peer_partnership_order;
ALTER TABLE peer_partnership DROP CONSTRAINT fk_partnership_first;
ALTER TABLE peer_partnership DROP CONSTRAINT fk_partnership_second;
DROP INDEX ix_peer_partnership_second;
ALTER TABLE peer_partnership DROP COLUMN first_user_id;
ALTER TABLE peer_partnership DROP COLUMN second_user_id;
CREATE INDEX ix_peer_partnership_course ON peer_partnership (context_id, assignment_id);

-- In a trio one observer may observe two members: one observation per group, observer and observed.
ALTER TABLE peer_observation DROP CONSTRAINT uq_peer_observation;
ALTER TABLE peer_observation ADD CONSTRAINT uq_peer_observation UNIQUE (partnership_id, observer_id, observed_id);
