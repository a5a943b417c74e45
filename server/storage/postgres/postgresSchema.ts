/**
 * Migration 1 of the PostgreSQL schema (postgresMigrations.ts), the twin of sqliteSchema.ts.
 * Every statement is idempotent, so databases created before migrations existed adopt it. Times are milliseconds since the epoch (BIGINT), Yjs updates and
 * snapshots are BYTEA, and JSON is kept as `json` rather than `jsonb` so that a stored control
 * record or vote reads back with its keys in the order they were written, as SQLite's text does.
 * `seq` columns on votes and ballots stand in for SQLite's rowid: the insertion order that
 * breaks ties between equal times.
 */
export const POSTGRES_SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  country TEXT,
  starts_on TEXT,
  ends_on TEXT,
  join_code TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  name TEXT NOT NULL,
  organisation TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS participants_by_workshop ON participants (workshop_id);
CREATE TABLE IF NOT EXISTS tokens (
  hash TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  role TEXT NOT NULL CHECK (role IN ('organiser', 'facilitator', 'participant', 'projector')),
  participant_id TEXT REFERENCES participants(id)
);
CREATE TABLE IF NOT EXISTS document_updates (
  seq BIGSERIAL PRIMARY KEY,
  document TEXT NOT NULL,
  data BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS document_updates_by_document ON document_updates (document, seq);
CREATE TABLE IF NOT EXISTS document_snapshots (
  document TEXT PRIMARY KEY,
  data BYTEA NOT NULL,
  up_to_seq BIGINT NOT NULL
);
-- Stored updates that Yjs could not apply (written before the server checked), set aside on load.
CREATE TABLE IF NOT EXISTS document_quarantine (
  document TEXT NOT NULL,
  seq BIGINT NOT NULL,
  data BYTEA NOT NULL,
  reason TEXT NOT NULL,
  quarantined_at BIGINT NOT NULL,
  PRIMARY KEY (document, seq)
);
CREATE TABLE IF NOT EXISTS workshop_control (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops(id),
  record JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_log (
  id BIGSERIAL PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  at BIGINT NOT NULL,
  actor_role TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  command TEXT NOT NULL,
  detail JSON NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_log_by_workshop ON audit_log (workshop_id, id);
CREATE TABLE IF NOT EXISTS votes (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  spec JSON NOT NULL,
  charter JSON,
  opened_at BIGINT NOT NULL,
  closed_at BIGINT,
  result JSON,
  seq BIGSERIAL NOT NULL
);
CREATE INDEX IF NOT EXISTS votes_by_workshop ON votes (workshop_id, opened_at, seq);
CREATE TABLE IF NOT EXISTS ballots (
  vote_id TEXT NOT NULL REFERENCES votes(id),
  voter_key TEXT NOT NULL,
  participant_id TEXT NOT NULL,
  name TEXT NOT NULL,
  organisation TEXT,
  request_id TEXT NOT NULL,
  choice JSON,
  cast_at BIGINT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 0,
  seq BIGSERIAL NOT NULL,
  PRIMARY KEY (vote_id, voter_key)
);
-- Every request id that wrote a voter's ballot: a late retry of an earlier cast must not undo a later one.
CREATE TABLE IF NOT EXISTS ballot_requests (
  vote_id TEXT NOT NULL REFERENCES votes(id),
  voter_key TEXT NOT NULL,
  request_id TEXT NOT NULL,
  PRIMARY KEY (vote_id, voter_key, request_id)
);
CREATE TABLE IF NOT EXISTS attendance (
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  participant_id TEXT NOT NULL REFERENCES participants(id),
  session_id TEXT NOT NULL,
  first_seen_at BIGINT NOT NULL,
  PRIMARY KEY (workshop_id, participant_id, session_id)
);
`;
