/**
 * Changes to SQLite tables that `CREATE TABLE IF NOT EXISTS` cannot make: a table's key. Each
 * upgrade sees whether the file needs it, so opening a file twice is safe (SQLite's schema is one
 * idempotent script, see `sqliteSchema.ts`; one process owns the file).
 */
import type Database from 'better-sqlite3';
import { INVITATION_TABLES } from './sqliteSchema.js';

const INVITATION_TABLE_NAMES = ['listed_organisations', 'listed_delegates', 'participant_accreditations', 'invitation_links'] as const;

/** True when `listed_organisations` is keyed by its id alone, as files written before per-workshop keys are. */
function invitationsKeyedById(db: Database.Database): boolean {
  const columns = db.prepare('PRAGMA table_info(listed_organisations)').all() as { name: string; pk: number }[];
  return columns.some((column) => column.name === 'id' && column.pk > 0) && !columns.some((column) => column.name === 'workshop_id' && column.pk > 0);
}

/**
 * Rebuilds the invitation tables keyed per workshop (SQLite's way to change a key: new tables,
 * copy, drop the old ones), in one transaction with foreign keys off, as SQLite's documentation
 * prescribes; then checks the rebuilt tables' references before turning them back on. A standing
 * that names an organisation or delegate of another workshop (which nothing wrote, but the old key
 * allowed) loses that match, as a removal from the list does; a delegate so dropped takes their
 * invitation link along, as removing a delegate does.
 */
export function keyInvitationsPerWorkshop(db: Database.Database): void {
  if (!invitationsKeyedById(db)) return;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const table of INVITATION_TABLE_NAMES) db.exec(`ALTER TABLE ${table} RENAME TO ${table}_by_id`);
      db.exec(INVITATION_TABLES);
      db.exec(`
        INSERT INTO listed_organisations (workshop_id, id, name, aliases, returning_member)
          SELECT workshop_id, id, name, aliases, returning_member FROM listed_organisations_by_id;
        INSERT INTO listed_delegates (workshop_id, id, organisation_id, name, contact, ballot_holder)
          SELECT d.workshop_id, d.id, d.organisation_id, d.name, d.contact, d.ballot_holder FROM listed_delegates_by_id d
          JOIN listed_organisations_by_id o ON o.id = d.organisation_id AND o.workshop_id = d.workshop_id;
        INSERT INTO participant_accreditations (participant_id, workshop_id, organisation_id, delegate_id, admission, admitted_at)
          SELECT a.participant_id, a.workshop_id,
            (SELECT o.id FROM listed_organisations o WHERE o.workshop_id = a.workshop_id AND o.id = a.organisation_id),
            (SELECT d.id FROM listed_delegates d WHERE d.workshop_id = a.workshop_id AND d.id = a.delegate_id),
            a.admission, a.admitted_at
          FROM participant_accreditations_by_id a;
        INSERT INTO invitation_links (workshop_id, delegate_id, hash, issued_at)
          SELECT l.workshop_id, l.delegate_id, l.hash, l.issued_at FROM invitation_links_by_id l
          JOIN listed_delegates d ON d.id = l.delegate_id AND d.workshop_id = l.workshop_id;
      `);
      for (const table of [...INVITATION_TABLE_NAMES].reverse()) db.exec(`DROP TABLE ${table}_by_id`);
      // Only the tables rebuilt here: a broken reference elsewhere in the file is not this upgrade's to judge.
      const broken = INVITATION_TABLE_NAMES.flatMap((table) => db.pragma(`foreign_key_check(${table})`) as unknown[]);
      if (broken.length > 0) throw new Error(`keying the invitation list per workshop left ${broken.length} broken references; the file is unchanged`);
    })();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
