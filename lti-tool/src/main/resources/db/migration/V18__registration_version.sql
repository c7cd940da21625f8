-- One counter that every change of a platform registration or its deployments raises in the same
-- transaction. Each server keeps the registrations in memory and compares this one number at most every
-- few seconds, instead of reading a registration on every login and launch; a change made on another
-- server sharing the database is seen at the next comparison.
CREATE TABLE registration_version (
    id INTEGER NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT pk_registration_version PRIMARY KEY (id)
);

INSERT INTO registration_version (id, version) VALUES (1, 0);
