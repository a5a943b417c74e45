import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.js';
import { uprWorkEn } from '../../i18n/uprWork.en.js';
import { amendmentsEn } from './amendments.en.js';
import { amendmentsMn } from './amendments.mn.js';

function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}
const lookup = (catalogue: object, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue) as string;
const placeholders = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('the amendments catalogues', () => {
  it('Mongolian has every English key and no others', () => {
    expect(keys(amendmentsMn).sort()).toEqual(keys(amendmentsEn).sort());
  });

  it('every Mongolian message is translated and keeps the English placeholders', () => {
    for (const path of keys(amendmentsEn)) {
      expect(lookup(amendmentsMn, path).trim(), path).not.toBe('');
      expect(placeholders(lookup(amendmentsMn, path)), path).toEqual(placeholders(lookup(amendmentsEn, path)));
    }
  });

  it('adds a section no other catalogue has, so merging overwrites nothing', () => {
    expect(Object.keys(amendmentsEn).filter((section) => section in en || section in uprWorkEn)).toEqual([]);
  });
});
