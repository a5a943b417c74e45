import { describe, expect, it } from 'vitest';
import { charterVotesEn } from './charterVotes.en.js';
import { charterVotesMn } from './charterVotes.mn.js';
import { en } from './en.js';
import { uprWorkEn } from './uprWork.en.js';

function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}
const lookup = (catalogue: object, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue) as string;
const placeholders = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('the charter and votes catalogues', () => {
  it('Mongolian has every English key and no others', () => {
    expect(keys(charterVotesMn).sort()).toEqual(keys(charterVotesEn).sort());
  });

  it('every Mongolian message is translated and keeps the English placeholders', () => {
    for (const path of keys(charterVotesEn)) {
      expect(lookup(charterVotesMn, path).trim(), path).not.toBe('');
      expect(placeholders(lookup(charterVotesMn, path)), path).toEqual(placeholders(lookup(charterVotesEn, path)));
    }
  });

  it('adds sections the other catalogues do not have, so merging overwrites nothing', () => {
    expect(Object.keys(charterVotesEn).filter((section) => section in en || section in uprWorkEn)).toEqual([]);
  });
});
