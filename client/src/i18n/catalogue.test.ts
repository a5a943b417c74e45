import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { mn } from './mn.js';

/** Flattens a catalogue into "section.key" paths. */
function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

/** The {{placeholders}} of one message. */
const placeholders = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('translation catalogues', () => {
  it('Mongolian has every English key and no others', () => {
    expect(keys(mn).sort()).toEqual(keys(en).sort());
  });

  it('every Mongolian message is translated and keeps the English placeholders', () => {
    const lookup = (catalogue: object, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue) as string;
    for (const path of keys(en)) {
      const message = lookup(mn, path);
      expect(message.trim(), path).not.toBe('');
      expect(placeholders(message), path).toEqual(placeholders(lookup(en, path)));
    }
  });
});
