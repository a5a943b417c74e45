/** Participants and the sessions they were present in, in SQLite. */
import type Database from 'better-sqlite3';
import type { AttendanceRecord, ParticipantRecord } from '../Store.js';

/** Attendance rows: one per (participant, session), inserted once and never moved. */
export class SqliteAttendance {
  private readonly insert: Database.Statement<[string, string, string, number]>;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(
      'INSERT OR IGNORE INTO attendance (workshop_id, participant_id, session_id, first_seen_at) VALUES (?, ?, ?, ?)',
    );
  }

  listParticipants(workshopId: string): ParticipantRecord[] {
    return this.db
      .prepare(
        `SELECT id, workshop_id AS workshopId, name, organisation, created_at AS createdAt, layer, layer_body AS body
         FROM participants WHERE workshop_id = ? ORDER BY created_at, id`,
      )
      .all(workshopId) as ParticipantRecord[];
  }

  record(workshopId: string, sessionId: string, participantIds: string[], at: number): void {
    this.db.transaction(() => {
      for (const participantId of participantIds) this.insert.run(workshopId, participantId, sessionId, at);
    })();
  }

  list(workshopId: string): AttendanceRecord[] {
    return this.db
      .prepare(
        `SELECT participant_id AS participantId, session_id AS sessionId, first_seen_at AS firstSeenAt
         FROM attendance WHERE workshop_id = ? ORDER BY first_seen_at, participant_id, session_id`,
      )
      .all(workshopId) as AttendanceRecord[];
  }
}
