import { NO_ACCREDITATION } from '../../shared/accreditation.js';
import { describe, expect, it } from 'vitest';
import type { Identity } from '../../shared/api.js';
import type { PresenceEntry, RaisedHand } from '../../shared/events.js';
import { applyStateDelta, type StateDelta } from '../../shared/stateDelta.js';
import { initialRecord } from './ControlStates.js';
import { audienceOf, type RoomSnapshot } from './roleViews.js';
import { StateFeed } from './StateFeed.js';

const person = (participantId: string, name: string, organisation: string | null): Identity => ({ role: 'participant', workshopId: 'w', participantId, name, organisation });
const facilitator: Identity = { role: 'facilitator', workshopId: 'w', participantId: null, name: 'Facilitator', organisation: null };
const projector: Identity = { role: 'projector', workshopId: 'w', participantId: null, name: 'Projector', organisation: null };
const entry = ({ participantId, name, organisation, role }: Identity): PresenceEntry => ({ id: participantId ?? role, name, organisation, role, connections: 1 });

/** A room whose presence and hands the test sets directly. */
function room() {
  const { hands: _hands, ...record } = initialRecord();
  const current = { presence: [] as PresenceEntry[], hands: [] as RaisedHand[] };
  const snapshot = (): RoomSnapshot => ({
    common: { ...record, protocolVersion: 4, workshopId: 'w', serverTime: 0, stage: null, votes: [], headcount: { participants: current.presence.filter((p) => p.role === 'participant').length, organisations: 0 } },
    presence: current.presence,
    hands: current.hands,
    accreditation: NO_ACCREDITATION,
  });
  const sent: { socketIds: string[]; delta: StateDelta }[] = [];
  const feed = new StateFeed(snapshot, (socketIds, delta) => sent.push({ socketIds, delta }));
  return { current, feed, sent };
}

const saran = person('p1', 'Saran', 'Globe International');
const bold = person('p2', 'Bold', 'Globe  international');
const tuya = person('p3', 'Tuya', 'Mongolian Women’s Fund');

describe('StateFeed and role views', () => {
  it('puts each identity in its audience: the roster, the screen, its organisation (by key), or itself', () => {
    expect(audienceOf(facilitator)).toBe('roster');
    expect(audienceOf(projector)).toBe('screen');
    expect(audienceOf(saran)).toBe(audienceOf(bold));
    expect(audienceOf(tuya)).not.toBe(audienceOf(saran));
    expect(audienceOf(person('p4', 'Oyun', null))).toBe('self:p4');
  });

  it('cuts presence and hands to the role, keeping each hand’s place in the whole queue', () => {
    const { current, feed } = room();
    current.presence = [entry(facilitator), entry(saran), entry(bold), entry(tuya)];
    current.hands = [tuya, bold].map((p, i) => ({ participantId: p.participantId!, name: p.name, organisation: p.organisation, raisedAt: i }));
    const mine = feed.full('s1', saran);
    expect(mine.presence.map((p) => p.name)).toEqual(['Saran', 'Bold']);
    expect(mine.hands).toEqual([expect.objectContaining({ name: 'Bold', place: 2 })]);
    expect(feed.full('s2', projector)).toMatchObject({ presence: [], hands: [{ name: 'Tuya', place: 1 }, { name: 'Bold', place: 2 }] });
    expect(feed.full('s3', facilitator).presence).toHaveLength(4);
  });

  it('diffs and sends once per audience and version, and nothing to a socket whose view did not change', () => {
    const { current, feed, sent } = room();
    const states = new Map([
      ['a', feed.full('a', saran)],
      ['b', feed.full('b', tuya)],
      ['f', feed.full('f', facilitator)],
    ]);
    feed.publish('w');
    feed.publish('w');
    expect(sent).toEqual([]);
    current.presence = [entry(bold)];
    feed.publish('w');
    // Saran sees Bold arrive; Tuya's organisation sees only the count; every socket gets its own delta as it holds its own version.
    expect(sent.map(({ socketIds }) => socketIds)).toEqual([['a'], ['b'], ['f']]);
    for (const { socketIds, delta } of sent) {
      const id = socketIds[0]!;
      states.set(id, applyStateDelta(states.get(id)!, delta)!);
    }
    expect(states.get('a')!.presence.map((p) => p.name)).toEqual(['Bold']);
    expect(states.get('b')!.presence).toEqual([]);
    expect(states.get('b')!.headcount.participants).toBe(1);
    // A second tab of Saran's starts at a version of its own, so it gets a delta of its own once…
    feed.full('a2', saran);
    const groups = () => sent.map(({ socketIds }) => socketIds.sort().join(',')).sort();
    sent.length = 0;
    current.presence = [];
    feed.publish('w');
    expect(groups()).toEqual(['a', 'a2', 'b', 'f']);
    // …and from then on shares one diff and one encoding with the other socket of its organisation.
    sent.length = 0;
    current.presence = [entry(tuya)];
    feed.publish('w');
    expect(groups()).toEqual(['a,a2', 'b', 'f']);
  });
});
