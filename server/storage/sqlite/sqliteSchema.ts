/**
 * The listed organisations, their delegates, participants' standing and personal links. Ids are
 * keys within a workshop, not across workshops: two workshops may hold the same list (a record
 * restored twice, a dialogue day continuing its origin's list). A file written before keyed them
 * by id alone; `sqliteUpgrades.ts` rebuilds its tables to these.
 */
export const INVITATION_TABLES = `
CREATE TABLE IF NOT EXISTS listed_organisations (
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,
  returning_member INTEGER NOT NULL,
  PRIMARY KEY (workshop_id, id)
);
CREATE TABLE IF NOT EXISTS listed_delegates (
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  id TEXT NOT NULL,
  organisation_id TEXT NOT NULL,
  name TEXT NOT NULL,
  contact TEXT,
  ballot_holder INTEGER NOT NULL,
  PRIMARY KEY (workshop_id, id),
  FOREIGN KEY (workshop_id, organisation_id) REFERENCES listed_organisations (workshop_id, id)
);
-- A participant's standing on the list; a participant without a row was admitted by the join and is unlisted.
CREATE TABLE IF NOT EXISTS participant_accreditations (
  participant_id TEXT PRIMARY KEY REFERENCES participants(id),
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  organisation_id TEXT,
  delegate_id TEXT,
  admission TEXT NOT NULL CHECK (admission IN ('waiting', 'admitted')),
  admitted_at INTEGER,
  FOREIGN KEY (workshop_id, organisation_id) REFERENCES listed_organisations (workshop_id, id),
  FOREIGN KEY (workshop_id, delegate_id) REFERENCES listed_delegates (workshop_id, id)
);
-- A delegate's personal invitation link (its hash); re-issuing replaces the row, so the old link stops working.
CREATE TABLE IF NOT EXISTS invitation_links (
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  delegate_id TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  issued_at INTEGER NOT NULL,
  PRIMARY KEY (workshop_id, delegate_id)
);
`;

/** The SQLite schema; every statement is idempotent so opening an existing file is safe. */
export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  country TEXT,
  starts_on TEXT,
  ends_on TEXT,
  join_code TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  name TEXT NOT NULL,
  organisation TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS participants_by_workshop ON participants (workshop_id);
CREATE TABLE IF NOT EXISTS tokens (
  hash TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  role TEXT NOT NULL CHECK (role IN ('organiser', 'facilitator', 'participant', 'projector')),
  participant_id TEXT REFERENCES participants(id)
);
-- Participants the facilitator removed: their tokens are deleted, their rows and writing stay.
CREATE TABLE IF NOT EXISTS participant_removals (
  participant_id TEXT PRIMARY KEY REFERENCES participants(id),
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  removed_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS document_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  document TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS document_updates_by_document ON document_updates (document, seq);
CREATE TABLE IF NOT EXISTS document_snapshots (
  document TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  up_to_seq INTEGER NOT NULL
);
-- Stored updates that Yjs could not apply (written before the server checked), set aside on load.
CREATE TABLE IF NOT EXISTS document_quarantine (
  document TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  reason TEXT NOT NULL,
  quarantined_at INTEGER NOT NULL,
  PRIMARY KEY (document, seq)
);
CREATE TABLE IF NOT EXISTS workshop_control (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops(id),
  record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  at INTEGER NOT NULL,
  actor_role TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  command TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_log_by_workshop ON audit_log (workshop_id, id);
CREATE TABLE IF NOT EXISTS votes (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  spec TEXT NOT NULL,
  charter TEXT,
  opened_at INTEGER NOT NULL,
  closed_at INTEGER,
  result TEXT
);
CREATE INDEX IF NOT EXISTS votes_by_workshop ON votes (workshop_id, opened_at);
CREATE TABLE IF NOT EXISTS ballots (
  vote_id TEXT NOT NULL REFERENCES votes(id),
  voter_key TEXT NOT NULL,
  participant_id TEXT NOT NULL,
  name TEXT NOT NULL,
  organisation TEXT,
  request_id TEXT NOT NULL,
  choice TEXT,
  cast_at INTEGER NOT NULL,
  revision INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (vote_id, voter_key)
);
-- Every request id that wrote a voter's ballot: a late retry of an earlier cast must not undo a later one.
CREATE TABLE IF NOT EXISTS ballot_requests (
  vote_id TEXT NOT NULL REFERENCES votes(id),
  voter_key TEXT NOT NULL,
  request_id TEXT NOT NULL,
  PRIMARY KEY (vote_id, voter_key, request_id)
) WITHOUT ROWID;
-- One row the WAL checkpointer rewrites to start the WAL over on its own thread (walCheckpointWorker.mjs).
CREATE TABLE IF NOT EXISTS wal_restarts (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS attendance (
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  participant_id TEXT NOT NULL REFERENCES participants(id),
  session_id TEXT NOT NULL,
  first_seen_at INTEGER NOT NULL,
  PRIMARY KEY (workshop_id, participant_id, session_id)
);
-- Implementation tracking: assessments are appended, never edited; the latest per target is its rating.
CREATE TABLE IF NOT EXISTS assessments (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  target_kind TEXT NOT NULL CHECK (target_kind IN ('recommendation', 'planRow')),
  target_id TEXT NOT NULL,
  rating TEXT NOT NULL CHECK (rating IN ('fully', 'partially', 'not', 'unknown')),
  evidence TEXT NOT NULL,
  source TEXT NOT NULL CHECK (length(trim(source)) > 0),
  next_cycle TEXT NOT NULL,
  assessed_on TEXT NOT NULL,
  author_participant_id TEXT,
  author_name TEXT NOT NULL,
  author_organisation TEXT,
  recorded_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS assessments_by_workshop ON assessments (workshop_id, seq);
-- The mid-term report's word limit, one choice per workshop; no row is a joint submission.
CREATE TABLE IF NOT EXISTS tracking_settings (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops(id),
  submission TEXT NOT NULL CHECK (submission IN ('joint', 'single'))
);
-- The invitation list (shared/accreditation.ts): its version, organisations (aliases as a JSON array) and delegates.
CREATE TABLE IF NOT EXISTS invitation_lists (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops(id),
  version INTEGER NOT NULL
);
${INVITATION_TABLES}-- When each participant was last seen connected, for the roster's "absent since".
CREATE TABLE IF NOT EXISTS participant_last_seen (
  participant_id TEXT PRIMARY KEY REFERENCES participants(id),
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  last_seen_at INTEGER NOT NULL
);
`;

/**
 * Columns added after their table: `CREATE TABLE IF NOT EXISTS` leaves an existing table as it
 * is, so each is added when missing (`addMissingColumns`).
 */
export const SQLITE_ADDED_COLUMNS = [
  // The stakeholder layer of a dialogue day (shared/dialogue.ts); everyone else is a CSO delegate.
  { table: 'participants', column: 'layer', definition: "TEXT NOT NULL DEFAULT 'cso' CHECK (layer IN ('cso', 'government', 'un', 'nhrc'))" },
  { table: 'participants', column: 'layer_body', definition: 'TEXT' },
] as const;
