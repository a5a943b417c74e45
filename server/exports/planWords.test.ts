import { describe, expect, it } from 'vitest';
import { exportLanguage } from './planWords.js';

describe('the language an export is written in', () => {
  it('is the one the reader’s page asks for, else the workshop’s', () => {
    expect(exportLanguage('en', 'mn')).toBe('en');
    expect(exportLanguage('mn', 'en')).toBe('mn');
    expect(exportLanguage(undefined, 'mn')).toBe('mn');
    expect(exportLanguage('fr', 'mn')).toBe('mn');
    expect(exportLanguage(['mn'], 'en')).toBe('en');
  });
});
