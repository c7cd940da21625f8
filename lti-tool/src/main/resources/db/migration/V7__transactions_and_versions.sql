-- One transaction per use case (issue 8): each teacher's progress as last recorded, so a use case can tell
-- what it changed and fire ProgressChanged; and versions of drafts, so a save from a stale tab is refused
-- instead of overwriting newer text. Portable SQL: the same file runs on H2 and PostgreSQL.

-- The progress the rules gave at the end of the last use case that touched the work. Rows that exist
-- before this migration start as not started: the first use case on them records their real state.
ALTER TABLE teacher_work ADD COLUMN progress_state VARCHAR(16) DEFAULT 'NOT_STARTED' NOT NULL;
ALTER TABLE teacher_work ADD COLUMN progress_score DOUBLE PRECISION DEFAULT 0 NOT NULL;

-- Answer versions come from one counter per work that only rises: an answer removed (saved blank) and
-- written again gets a higher version than any a tab may still hold. Version 0 means "no answer".
ALTER TABLE teacher_work ADD COLUMN draft_sequence BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE work_answer ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
UPDATE teacher_work SET draft_sequence = 1;

-- The observer's form: 0 before the first save, one more with each.
ALTER TABLE peer_observation ADD COLUMN form_version INTEGER DEFAULT 0 NOT NULL;
UPDATE peer_observation SET form_version = 1 WHERE saved_at IS NOT NULL;

-- An action of the plan: 1 when added, one more with each change.
ALTER TABLE action_plan_item ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;
