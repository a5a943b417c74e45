import { describe, expect, it } from 'vitest';
import type { Amendment } from '../../../../../shared/amendments.js';
import { groupAmendments } from './amendmentGroups.js';

const amendment = (id: string, index: number, text: string, replacement: string, extra: Partial<Amendment> = {}): Amendment => ({
  id,
  paragraph: { index, text },
  replacement,
  reason: 'r',
  author: { participantId: 'p', name: 'Saran', organisation: 'MONFEMNET' },
  proposedAt: 1,
  status: 'open',
  voteId: null,
  decidedAt: null,
  applied: null,
  problem: null,
  ...extra,
});

describe('amendments by paragraph', () => {
  it('groups by the paragraph as it stands now, in charter order, and sets apart those whose paragraph changed', () => {
    const paragraphs = [
      { index: 0, type: 'heading', text: 'Charter' },
      { index: 1, type: 'paragraph', text: 'Preamble.' },
      { index: 2, type: 'paragraph', text: 'Ratify OP-CAT.' },
      { index: 3, type: 'paragraph', text: 'Protect defenders, now.' },
    ];
    const adopted = amendment('c', 3, 'Protect defenders.', 'Protect defenders, now.', {
      status: 'adopted',
      applied: { amendmentId: 'c', voteId: 'v', appliedAt: 2, before: 'Protect defenders.', after: 'Protect defenders, now.' },
    });
    const groups = groupAmendments(
      [amendment('a', 2, 'Ratify OP-CAT.', 'Ratify OP-CAT this year.'), adopted, amendment('b', 1, 'Ratify OP-CAT.', 'x'), amendment('d', 2, 'Gone.', 'y')],
      paragraphs,
    );
    expect(groups.map((g) => [g.paragraph?.index ?? null, g.items.map((i) => i.amendment.id)])).toEqual([
      [2, ['a', 'b']],
      [3, ['c']],
      [null, ['d']],
    ]);
    expect(groups[1]!.items[0]).toMatchObject({ before: 'Protect defenders.', after: 'Protect defenders, now.', stale: false });
    expect(groups[2]!.items[0]).toMatchObject({ before: 'Gone.', after: 'y', stale: true });
  });
});
