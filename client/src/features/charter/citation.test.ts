import { describe, expect, it } from 'vitest';
import { citationContent } from './citation.js';

describe('citing a recommendation', () => {
  it('links the reference to the recommendation and quotes its text with the states', () => {
    const content = citationContent({ key: 'rec-84.2', ref: '84.2', text: ' Ratify the Optional Protocol ', recommendingStates: ['Canada', 'Chile'] });
    expect(content).toEqual([
      { type: 'text', text: '84.2', marks: [{ type: 'link', attrs: { href: '#recommendation/rec-84.2' } }] },
      { type: 'text', text: ' — “Ratify the Optional Protocol” (Canada, Chile) ' },
    ]);
  });

  it('falls back to the key when the recommendation has no paragraph number', () => {
    expect(citationContent({ key: 'k1', ref: '', text: 'Text', recommendingStates: [] })[0]?.text).toBe('k1');
  });
});
