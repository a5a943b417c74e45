import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { SqliteStore } from './SqliteStore.js';
import { SQLITE_SCHEMA } from './sqliteSchema.js';

/** The invitation tables as files written before per-workshop keys hold them: ids keyed across workshops. */
const TABLES_KEYED_BY_ID = `
CREATE TABLE listed_organisations (id TEXT PRIMARY KEY, workshop_id TEXT NOT NULL REFERENCES workshops(id), name TEXT NOT NULL, aliases TEXT NOT NULL, returning_member INTEGER NOT NULL);
CREATE INDEX listed_organisations_by_workshop ON listed_organisations (workshop_id);
CREATE TABLE listed_delegates (id TEXT PRIMARY KEY, workshop_id TEXT NOT NULL REFERENCES workshops(id), organisation_id TEXT NOT NULL REFERENCES listed_organisations(id),
  name TEXT NOT NULL, contact TEXT, ballot_holder INTEGER NOT NULL);
CREATE TABLE participant_accreditations (participant_id TEXT PRIMARY KEY REFERENCES participants(id), workshop_id TEXT NOT NULL REFERENCES workshops(id),
  organisation_id TEXT REFERENCES listed_organisations(id), delegate_id TEXT REFERENCES listed_delegates(id),
  admission TEXT NOT NULL CHECK (admission IN ('waiting', 'admitted')), admitted_at INTEGER);
CREATE TABLE invitation_links (delegate_id TEXT PRIMARY KEY, workshop_id TEXT NOT NULL REFERENCES workshops(id), hash TEXT NOT NULL UNIQUE, issued_at INTEGER NOT NULL);
`;

it('keys an older file’s invitation list per workshop, keeping its rows, and then takes the same list in another workshop', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-upgrade-'));
  const old = new Database(path.join(dataDir, 'convene.sqlite'));
  old.exec(TABLES_KEYED_BY_ID);
  old.exec(SQLITE_SCHEMA);
  old.exec(`
    INSERT INTO workshops (id, title, join_code, created_at) VALUES ('w1', 'UPR', 'ABCDEF', 1);
    INSERT INTO participants (id, workshop_id, name, organisation, created_at) VALUES ('p1', 'w1', 'Tuya', 'Globe', 2);
    INSERT INTO tokens (hash, workshop_id, role, participant_id) VALUES ('h-p1', 'w1', 'participant', 'p1');
    INSERT INTO invitation_lists (workshop_id, version) VALUES ('w1', 3);
    INSERT INTO listed_organisations VALUES ('o1', 'w1', 'Globe International', '["Глоуб"]', 1);
    INSERT INTO listed_delegates VALUES ('d1', 'w1', 'o1', 'Tuya', 'tuya@example.org', 1);
    INSERT INTO participant_accreditations VALUES ('p1', 'w1', 'o1', 'd1', 'admitted', 5);
    INSERT INTO invitation_links VALUES ('d1', 'w1', 'link-1', 6);
  `);
  old.close();

  const store = SqliteStore.open(dataDir);
  try {
    const list = await store.loadInvitationList('w1');
    expect(list).toEqual({
      version: 3,
      organisations: [{ id: 'o1', name: 'Globe International', aliases: ['Глоуб'], returning: true }],
      delegates: [{ id: 'd1', organisationId: 'o1', name: 'Tuya', contact: 'tuya@example.org', ballotHolder: true }],
    });
    expect(await store.findToken('h-p1')).toMatchObject({ accreditation: { organisationId: 'o1', delegateId: 'd1' }, listedOrganisation: 'Globe International' });
    expect(await store.findInvitation('link-1')).toEqual({ workshopId: 'w1', delegateId: 'd1', hash: 'link-1', issuedAt: 6 });

    await store.createWorkshop({ id: 'w2', title: 'UPR again', country: null, startsOn: null, endsOn: null, joinCode: 'GHJKMN', createdAt: 7 }, []);
    const copy = await store.editInvitationList('w2', { organisations: list.organisations, delegates: list.delegates });
    expect(copy.organisations).toEqual(list.organisations);
    expect(copy.delegates).toEqual(list.delegates);
    expect((await store.loadInvitationList('w1')).organisations).toEqual(list.organisations);
  } finally {
    await store.close();
  }
  // Opening it again finds it upgraded and changes nothing.
  const again = SqliteStore.open(dataDir);
  try {
    expect((await again.loadInvitationList('w2')).delegates).toHaveLength(1);
  } finally {
    await again.close();
  }
});

it('drops the invitation link of a delegate the upgrade drops, and a broken reference outside the invitation tables does not stop it', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-upgrade-'));
  const old = new Database(path.join(dataDir, 'convene.sqlite'));
  old.exec(TABLES_KEYED_BY_ID);
  old.exec(SQLITE_SCHEMA);
  old.pragma('foreign_keys = OFF');
  old.exec(`
    INSERT INTO workshops (id, title, join_code, created_at) VALUES ('w1', 'UPR', 'ABCDEF', 1), ('w2', 'Other', 'GHJKMN', 1);
    INSERT INTO invitation_lists (workshop_id, version) VALUES ('w1', 2), ('w2', 1);
    INSERT INTO listed_organisations VALUES ('o1', 'w1', 'Globe International', '[]', 0), ('o2', 'w2', 'MONFEMNET', '[]', 0);
    INSERT INTO listed_delegates VALUES ('d1', 'w1', 'o1', 'Tuya', NULL, 0), ('d2', 'w1', 'o2', 'Saran', NULL, 0);
    INSERT INTO invitation_links VALUES ('d1', 'w1', 'link-1', 6), ('d2', 'w1', 'link-2', 7);
    -- Unrelated to the invitation list: a participant of a workshop that is not there.
    INSERT INTO participants (id, workshop_id, name, organisation, created_at) VALUES ('p9', 'gone', 'Bat', 'Elsewhere', 2);
  `);
  old.close();

  const store = SqliteStore.open(dataDir);
  try {
    expect((await store.loadInvitationList('w1')).delegates.map((d) => d.id)).toEqual(['d1']);
    expect(await store.findInvitation('link-1')).toMatchObject({ delegateId: 'd1' });
    expect(await store.findInvitation('link-2')).toBeNull();
    expect((await store.listInvitations('w1')).map((link) => link.delegateId)).toEqual(['d1']);
  } finally {
    await store.close();
  }
});
