import { afterEach, describe, expect, it } from 'vitest';
import { sessionsInOrder } from '../../shared/agenda.js';
import { shownResult } from '../../shared/projectorScreen.js';
import { waitFor } from '../support/waitFor.js';
import { openWorkshopRoom } from '../support/workshopRoom.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const yesNo = { kind: 'yesno', question: 'Adopt the agenda?', franchise: 'participant', secret: false, showResults: 'after', threshold: 'majority' } as const;

async function setup() {
  const room = await openWorkshopRoom(cleanups);
  const facilitator = await room.connect(room.workshop.facilitatorToken);
  const projector = await room.connect(room.workshop.projectorToken);
  const participant = await room.connect((await room.join('Saran', 'MONFEMNET')).token);
  const [first, second] = sessionsInOrder(facilitator.latest()!.agenda);
  return { facilitator, projector, participant, first: first!, second: second! };
}

describe("the room's screen", () => {
  it('shows a closed vote\'s result until the facilitator hides it, and again when shown', async () => {
    const { facilitator, projector, first } = await setup();
    await facilitator.send('stage:go', { sessionId: first.id });
    const opened = await facilitator.send('vote:open', yesNo);
    const { voteId } = opened as unknown as { voteId: string };
    expect((await facilitator.send('vote:close', { voteId })).ok).toBe(true);
    await waitFor(() => shownResult(projector.latest()!.votes, projector.latest()!.projector)?.id === voteId, 'result on the screen');

    expect(await facilitator.send('projector:results', { shown: false })).toEqual({ ok: true });
    await waitFor(() => shownResult(projector.latest()!.votes, projector.latest()!.projector) === null, 'result hidden');
    expect(await facilitator.send('projector:results', { shown: true })).toEqual({ ok: true });
    await waitFor(() => shownResult(projector.latest()!.votes, projector.latest()!.projector)?.id === voteId, 'result shown again');
    await waitFor(() => facilitator.audits.filter((entry) => entry.command === 'projector:results').length === 2, 'both audited');
  });

  it('a new session takes the result, the timer and the large join code off the screen', async () => {
    const { facilitator, projector, first, second } = await setup();
    await facilitator.send('stage:go', { sessionId: first.id });
    const { voteId } = (await facilitator.send('vote:open', yesNo)) as unknown as { voteId: string };
    await facilitator.send('vote:close', { voteId });
    await facilitator.send('timer:start', { seconds: 60 });
    await facilitator.send('projector:join-code', { large: true });
    await waitFor(() => projector.latest()!.projector.joinCodeLarge && projector.latest()!.timer.durationMs > 0, 'large code and timer');

    // Going to the session the room is in already changes nothing on the screen.
    await facilitator.send('stage:go', { sessionId: first.id });
    expect(facilitator.latest()!.projector.joinCodeLarge).toBe(true);

    await facilitator.send('stage:go', { sessionId: second.id });
    await waitFor(() => projector.latest()!.currentSessionId === second.id, 'next session');
    const state = projector.latest()!;
    expect(shownResult(state.votes, state.projector)).toBeNull();
    expect(state.timer).toEqual({ durationMs: 0, endsAt: null, remainingMs: 0 });
    expect(state.projector.joinCodeLarge).toBe(false);
  });

  it('clears a finished or running timer from every screen', async () => {
    const { facilitator, participant } = await setup();
    await facilitator.send('timer:start', { seconds: 30 });
    await waitFor(() => participant.latest()!.timer.endsAt !== null, 'timer running');
    expect(await facilitator.send('timer:clear')).toEqual({ ok: true });
    await waitFor(() => participant.latest()!.timer.durationMs === 0 && participant.latest()!.timer.endsAt === null, 'timer cleared');
  });

  it('refuses the screen commands to participants and projectors, and bad payloads to the facilitator', async () => {
    const { facilitator, projector, participant } = await setup();
    for (const client of [participant, projector]) {
      expect(await client.send('projector:results', { shown: false })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await client.send('projector:join-code', { large: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await client.send('timer:clear')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await facilitator.send('projector:join-code', { large: 'yes' } as never)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await facilitator.send('projector:results', {} as never)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(facilitator.latest()!.projector).toEqual({ resultsFrom: 0, joinCodeLarge: false });
  });
});
