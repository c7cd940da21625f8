-- The built-in demo platform, present only in demo mode (SAMENSPRAAK_DEMO=true): the RSA key pair that
-- signs the id_tokens it sends the tool, and the secret that signs its lti_message_hint. One row, named
-- 'demo', so that two servers starting at once on one database keep the same keys.
-- A table of its own rather than tool_secret: a private JWK (about 1.7 kB) does not fit tool_secret's
-- 200 characters, and a production server deletes this row without touching the tool's own secrets.
CREATE TABLE demo_platform_key (
    name        VARCHAR(16)              NOT NULL,
    private_jwk VARCHAR(8000)            NOT NULL,
    hint_secret VARCHAR(200)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_demo_platform_key PRIMARY KEY (name)
);
