-- When the observed teacher first opened a submitted observation of them (issue 10, notices): until then their
-- start page names the colleague's observation as waiting to be read. NULL while unread or not yet submitted.
ALTER TABLE peer_observation ADD COLUMN read_at TIMESTAMP WITH TIME ZONE;
