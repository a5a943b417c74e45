import { describe, expect, it } from 'vitest';
import type { ChannelListener, SharedChannels } from '../scaleOut/ScaleOut.js';
import type { BallotRecord, Store, StoredVote } from '../storage/Store.js';
import { VoteBoard } from './VoteBoard.js';

const spec = { kind: 'yesno', question: 'Prioritise OP-CAT?', franchise: 'participant', secret: true, showResults: 'live', threshold: 'majority' } as StoredVote['spec'];
const vote = (id: string): StoredVote => ({ id, workshopId: 'w1', spec, charter: null, openedAt: 1, closedAt: null, result: null });
const ballot = (voteId: string, voterKey: string): BallotRecord => ({
  voteId, voterKey, participantId: voterKey, name: voterKey, organisation: null, requestId: voterKey, choice: 'yes', castAt: 2,
});

/** PostgreSQL as another instance leaves it: the board reads votes and ballots from here. */
function sharedRows() {
  const votes: StoredVote[] = [];
  const ballots: BallotRecord[] = [];
  const store = {
    listVotes: async () => votes.map((v) => ({ ...v })),
    listBallots: async (voteId: string) => ballots.filter((b) => b.voteId === voteId),
  } as unknown as Store;
  return { votes, ballots, store };
}

/** Channels on which announcements are lost unless the test delivers them. */
function silentChannels() {
  const heard: ChannelListener[] = [];
  const published: string[] = [];
  const channels = {
    instanceId: 'this-instance',
    subscribe: async (_name: string, listener: ChannelListener) => {
      heard.push(listener);
      return async () => {};
    },
    publish: async (_name: string, message: Buffer | string) => void published.push(message.toString()),
  } as unknown as SharedChannels;
  return { channels, heard, published };
}

const turnout = (board: VoteBoard, voteId: string) =>
  board.summaries('w1', { participants: 0, organisations: 0 }).find((s) => s.id === voteId)?.turnout.ballots;

describe('the vote board across instances', () => {
  it('re-reads a vote another instance announces, and never puts a choice in its own announcements', async () => {
    const { votes, ballots, store } = sharedRows();
    const { channels, heard, published } = silentChannels();
    const refreshed: string[] = [];
    const board = new VoteBoard(store, (workshopId) => refreshed.push(workshopId), channels);
    await board.ready();
    await board.load('w1');

    votes.push(vote('v1'));
    ballots.push(ballot('v1', 'p1'));
    heard[0]!(Buffer.from(JSON.stringify({ from: 'other-instance', workshopId: 'w1', voteId: 'v1', change: 'opened' })));
    await expect.poll(() => turnout(board, 'v1')).toBe(1);
    expect(refreshed).toContain('w1');

    board.ballotCast('w1', 'v1');
    expect(published.map((m) => JSON.parse(m) as Record<string, unknown>)).toEqual([{ from: 'this-instance', workshopId: 'w1', voteId: 'v1', change: 'ballot' }]);
    await board.close();
  });

  it('catches up on ballots and closes whose announcements were lost', async () => {
    const { votes, ballots, store } = sharedRows();
    const { channels } = silentChannels();
    votes.push(vote('v1'));
    const board = new VoteBoard(store, () => {}, channels);
    await board.load('w1');
    expect(turnout(board, 'v1')).toBe(0);

    ballots.push(ballot('v1', 'p1'), ballot('v1', 'p2'));
    await expect.poll(() => turnout(board, 'v1'), { timeout: 5000 }).toBe(2);
    votes[0]!.closedAt = 3;
    await expect.poll(() => board.openVotes('w1').length, { timeout: 5000 }).toBe(0);
    await board.close();
  });
});
