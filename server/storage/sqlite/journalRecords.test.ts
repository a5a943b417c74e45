import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeJournalRecord, type JournalRecord, readJournal } from './journalRecords.js';

const record = (firstSeq: number, document: string, ...texts: string[]): JournalRecord => ({
  firstSeq,
  document,
  updates: texts.map((text) => new TextEncoder().encode(text)),
});

const journalOf = (...records: JournalRecord[]) => Buffer.concat(records.map(encodeJournalRecord));

describe('update journal records', () => {
  it('reads back every record appended, in order', () => {
    const arbitraryRecord = fc.record({
      // Sequence numbers past 2^32 too: varUints of up to eight bytes.
      firstSeq: fc.oneof(fc.nat(), fc.integer({ min: 2 ** 32, max: Number.MAX_SAFE_INTEGER })),
      document: fc.string({ unit: 'grapheme', maxLength: 40 }),
      updates: fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRecord, { maxLength: 8 }), (records) => {
        const read = readJournal(journalOf(...records));
        expect(read.problem).toBeNull();
        expect(read.records).toEqual(records);
      }),
    );
  });

  it('keeps the whole records before a torn last one, wherever the write was cut', () => {
    const intact = journalOf(record(1, 'w1/plan', 'Ratify OP-CAT'), record(2, 'w1/strategy', 'Adopt a torture law'));
    const torn = encodeJournalRecord(record(3, 'w1/plan', 'Abolish the death penalty'));
    for (let cut = 1; cut < torn.byteLength; cut++) {
      const read = readJournal(Buffer.concat([intact, torn.subarray(0, cut)]));
      expect(read.records.map((r) => r.firstSeq)).toEqual([1, 2]);
      expect(read.validBytes).toBe(intact.byteLength);
      expect(read.problem).toMatch(/truncated/);
    }
  });

  it('stops at a record whose bytes changed, and says where', () => {
    const first = encodeJournalRecord(record(1, 'w1/plan', 'Ratify OP-CAT'));
    const damaged = journalOf(record(1, 'w1/plan', 'Ratify OP-CAT'), record(2, 'w1/plan', 'Adopt a torture law'), record(3, 'w1/plan', 'x'));
    // A byte inside the second record's body.
    damaged.writeUInt8(damaged.readUInt8(first.byteLength + 12) ^ 0xff, first.byteLength + 12);
    const read = readJournal(damaged);
    expect(read.records.map((r) => r.firstSeq)).toEqual([1]);
    expect(read.problem).toBe(`checksum mismatch at byte ${first.byteLength}`);
  });

  it('takes a length no batch can have for damage, without trying to read it', () => {
    const bytes = Buffer.alloc(16);
    bytes.writeUInt32LE(0xffffffff, 0);
    expect(readJournal(bytes)).toEqual({ records: [], validBytes: 0, problem: 'implausible record length 4294967295 at byte 0' });
  });

  it('reads an empty file as no records and no problem', () => {
    expect(readJournal(new Uint8Array())).toEqual({ records: [], validBytes: 0, problem: null });
  });
});
