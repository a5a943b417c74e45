import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.js';
import { encode } from './testFixtures.js';

const SAMPLE = 'Ensure the State’s “résumé” – à la carte — Côte d’Ivoire';

describe('decoding the text of a CSV file', () => {
  it.each(['utf-8', 'utf-8-bom', 'windows-1252', 'macintosh'] as const)('reads %s', (encoding) => {
    const decoded = decodeText(encode(SAMPLE, encoding));
    expect(decoded.text).toBe(SAMPLE);
    expect(decoded.encoding).toBe(encoding === 'utf-8-bom' ? 'utf-8' : encoding);
  });

  it.each(['windows-1252', 'macintosh'] as const)('tells %s apart from a single curly apostrophe', (encoding) => {
    expect(decodeText(encode('the State’s plan', encoding)).text).toBe('the State’s plan');
  });

  it('reads Cyrillic in UTF-8', () => {
    expect(decodeText(encode('Монгол Улс', 'utf-8')).text).toBe('Монгол Улс');
  });
});
