-- Which content packs this server has loaded, in which version, from where and since when: lets an
-- administrator see what is live and lets later work records name the pack version they belong to.
-- Portable SQL: the same file runs on the embedded H2 database and on PostgreSQL.
CREATE TABLE content_pack_installation (
    pack_id         VARCHAR(64)              NOT NULL,
    pack_version    VARCHAR(64)              NOT NULL,
    source          VARCHAR(1000)            NOT NULL,
    first_loaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_loaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_content_pack_installation PRIMARY KEY (pack_id, pack_version)
);
