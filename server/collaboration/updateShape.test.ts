import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readUpdateShape } from './updateShape.js';

/** Updates holding every kind of struct and content a Yjs v1 update can carry. */
function corpus(): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const doc = new Y.Doc({ gc: true });
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const text = doc.getText('charter');
  text.insert(0, 'Ratify OP-CAT — Монгол Улс 🇲🇳');
  text.format(0, 6, { bold: true, link: { href: 'https://upr-info.org' } });
  text.insertEmbed(3, { image: 'logo.png' });
  text.delete(2, 4);
  const entries = doc.getArray<unknown>('entries');
  const card = new Y.Map<unknown>();
  entries.push([card, 42, 'text', null, true, 3.5, { nested: [1, 'two'] }, new Uint8Array([1, 2, 3])]);
  card.set('year', 2013);
  card.set('lesson', new Y.Text('Consult early'));
  card.set('tags', new Y.Array());
  card.delete('year');
  const fragment = doc.getXmlFragment('plan');
  const heading = new Y.XmlElement('h2');
  heading.setAttribute('class', 'goal');
  heading.insert(0, [new Y.XmlText('Goal 1')]);
  fragment.insert(0, [heading]);
  const embedded = doc.getMap<unknown>('embedded');
  embedded.set('hook', new Y.XmlHook('mention'));
  embedded.set('annex', new Y.Doc({ guid: 'annex' }));
  entries.delete(0, 4); // the card too: what it held becomes GC structs
  updates.push(Y.encodeStateAsUpdate(doc));
  updates.push(Y.mergeUpdates([updates[0]!, updates[2]!])); // a Skip over the update between
  updates.push(Y.encodeStateAsUpdate(new Y.Doc())); // empty
  updates.push(legacyJsonUpdate());
  return updates;
}

/** One item in a root type, with no origins: `info` names its content, which `content` writes. */
function oneItemUpdate(info: number, content: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // one client
  encoding.writeVarUint(encoder, 1); // one struct
  encoding.writeVarUint(encoder, 7); // client
  encoding.writeVarUint(encoder, 0); // clock
  encoding.writeUint8(encoder, info);
  encoding.writeVarUint(encoder, 1); // the parent is a root type…
  encoding.writeVarString(encoder, 'root'); // …named so
  content(encoder);
  encoding.writeVarUint(encoder, 0); // no deletions
  return encoding.toUint8Array(encoder);
}

/** ContentJSON, which today's Yjs still reads but no longer writes. */
function legacyJsonUpdate(): Uint8Array {
  return oneItemUpdate(2, (encoder) => {
    encoding.writeVarUint(encoder, 2); // two values
    encoding.writeVarString(encoder, '{"x":[1,2]}');
    encoding.writeVarString(encoder, 'undefined');
  });
}

type Outcome = { ok: true; empty: boolean } | { ok: false };

function byYjs(update: Uint8Array): Outcome {
  try {
    const { structs, ds } = Y.decodeUpdate(update);
    return { ok: true, empty: structs.length === 0 && ds.clients.size === 0 };
  } catch {
    return { ok: false };
  }
}

function byShape(update: Uint8Array): Outcome {
  try {
    return { ok: true, ...readUpdateShape(update) };
  } catch {
    return { ok: false };
  }
}

/** A damaged copy: bytes changed, inserted, removed, or the end cut off. */
const damaged = (updates: Uint8Array[]) =>
  fc
    .record({
      base: fc.constantFrom(...updates),
      at: fc.nat(),
      kind: fc.constantFrom('replace', 'insert', 'remove', 'truncate'),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }),
    })
    .map(({ base, at, kind, bytes }) => {
      const i = at % base.byteLength;
      const head = base.subarray(0, i);
      if (kind === 'truncate') return head.slice();
      const tail = base.subarray(kind === 'insert' ? i : Math.min(base.byteLength, i + bytes.byteLength));
      return Uint8Array.from([...head, ...(kind === 'remove' ? [] : bytes), ...tail]);
    });

describe('readUpdateShape', () => {
  const updates = corpus();

  it('is tried on every kind of struct and content', () => {
    const kinds = new Set(
      updates.flatMap((update) => Y.decodeUpdate(update).structs.map((struct) => (struct instanceof Y.Item ? struct.content.constructor.name : struct.constructor.name))),
    );
    const contents = [Y.ContentDeleted, Y.ContentJSON, Y.ContentBinary, Y.ContentString, Y.ContentEmbed, Y.ContentFormat, Y.ContentType, Y.ContentAny, Y.ContentDoc];
    expect([...kinds].sort()).toEqual([...contents, Y.GC, Y.Skip].map((kind) => kind.name).sort());
  });

  it('accepts every real update as Y.decodeUpdate does, and tells the empty one apart', () => {
    for (const update of updates) expect(byShape(update)).toEqual(byYjs(update));
    expect(updates.map((update) => readUpdateShape(update).empty)).toContain(true);
    expect(updates.filter((update) => readUpdateShape(update).empty)).toHaveLength(1);
  });

  it('refuses unknown contents and shared types, as Y.decodeUpdate does', () => {
    const typed = (ref: number) => oneItemUpdate(7, (encoder) => encoding.writeVarUint(encoder, ref));
    const cases = [typed(6), typed(7), oneItemUpdate(11, () => undefined), oneItemUpdate(10 | 0b0010_0000, () => undefined)];
    expect(cases.map(byShape)).toEqual(cases.map(byYjs));
    expect(cases.map((update) => byShape(update).ok)).toEqual([true, false, false, false]);
  });

  it('refuses exactly what Y.decodeUpdate refuses, on thousands of damaged updates (fast-check)', () => {
    let refused = 0;
    fc.assert(
      fc.property(damaged(updates), (update) => {
        const expected = byYjs(update);
        if (!expected.ok) refused++;
        expect(byShape(update)).toEqual(expected);
      }),
      { numRuns: 20_000 },
    );
    // The damage must reach the checks: most damaged updates are refused.
    expect(refused).toBeGreaterThan(5_000);
  });

  it('refuses random bytes exactly when Y.decodeUpdate does (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(byShape(bytes)).toEqual(byYjs(bytes));
      }),
      { numRuns: 5_000 },
    );
  });
});
