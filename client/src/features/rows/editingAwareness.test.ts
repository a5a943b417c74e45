import { describe, expect, it } from 'vitest';
import { editorsByRow } from './editingAwareness.js';

describe('who is editing which row', () => {
  it('lists the others editing each row of the section, once per name', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { editing: { section: 'plan', rowId: 'r1' }, user: { name: 'Me' } }],
      [2, { editing: { section: 'plan', rowId: 'r1' }, user: { name: 'Alice' } }],
      [3, { editing: { section: 'plan', rowId: 'r1' }, user: { name: 'Alice' } }],
      [4, { editing: { section: 'strategy', rowId: 'r1' }, user: { name: 'Bold' } }],
      [5, { editing: null, user: { name: 'Idle' } }],
      [6, { editing: { section: 'plan', rowId: 'r2' } }],
    ]);
    expect(Object.fromEntries(editorsByRow(states, 1, 'plan'))).toEqual({ r1: ['Alice'], r2: ['?'] });
  });
});
