import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { uprWorkEn } from './uprWork.en.js';
import { uprWorkMn } from './uprWork.mn.js';

function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}
const lookup = (catalogue: object, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue) as string;
const placeholders = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('the UPR work catalogues', () => {
  it('Mongolian has every English key and no others', () => {
    expect(keys(uprWorkMn).sort()).toEqual(keys(uprWorkEn).sort());
  });

  it('every Mongolian message is translated and keeps the English placeholders', () => {
    for (const path of keys(uprWorkEn)) {
      expect(lookup(uprWorkMn, path).trim(), path).not.toBe('');
      expect(placeholders(lookup(uprWorkMn, path)), path).toEqual(placeholders(lookup(uprWorkEn, path)));
    }
  });

  it('adds sections the main catalogue does not have, so merging overwrites nothing', () => {
    expect(Object.keys(uprWorkEn).filter((section) => section in en)).toEqual([]);
  });
});
