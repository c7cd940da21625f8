-- Named locks that serialise work across every server sharing the database: a transaction that must be
-- alone (creating or rotating the tool's keys) first locks its row with SELECT ... FOR UPDATE. Rows, not
-- PostgreSQL's advisory locks, so that the same SQL runs on the embedded H2 database too.
CREATE TABLE cluster_lock (
    name VARCHAR(64) NOT NULL,
    CONSTRAINT pk_cluster_lock PRIMARY KEY (name)
);

INSERT INTO cluster_lock (name) VALUES ('tool-keys');
