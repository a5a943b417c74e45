import { describe, expect, it } from 'vitest';
import { commentThreads } from './commentThreads.js';

const comment = (id: string, parentId: string | null, at: number) => ({ id, parentId, authorName: 'A', authorOrganisation: null, text: id, at });

describe('comment threads', () => {
  it('puts replies (and replies to replies) under their first comment, oldest first', () => {
    const threads = commentThreads([comment('r2', 'r1', 4), comment('b', null, 2), comment('a', null, 1), comment('r1', 'a', 3)]);
    expect(threads.map((t) => [t.comment.id, t.replies.map((r) => r.id)])).toEqual([
      ['a', ['r1', 'r2']],
      ['b', []],
    ]);
  });

  it('a reply whose parent is missing starts its own thread', () => {
    expect(commentThreads([comment('x', 'gone', 1)]).map((t) => t.comment.id)).toEqual(['x']);
  });
});
