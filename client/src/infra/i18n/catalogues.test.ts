/**
 * Every catalogue pair — the main one and each feature's — has the same keys in English and
 * Mongolian (the type check holds this too), every message translated with the same
 * {{placeholders}}, and no two feature catalogues claim the same section (merged bundles would
 * overwrite each other). The first visit's Mongolian set names the same catalogues as its English.
 */
import { describe, expect, it } from 'vitest';
import { dialogueEn } from '../../features/dialogue/dialogue.en.js';
import { dialogueMn } from '../../features/dialogue/dialogue.mn.js';
import { screenEn } from '../../app/projector/screen.en.js';
import { screenMn } from '../../app/projector/screen.mn.js';
import { accreditationConsoleEn } from '../../features/accreditation/accreditationConsole.en.js';
import { accreditationConsoleMn } from '../../features/accreditation/accreditationConsole.mn.js';
import { entryConsoleEn } from '../../features/entry/entryConsole.en.js';
import { entryConsoleMn } from '../../features/entry/entryConsole.mn.js';
import { trackingEn } from '../../features/tracking/tracking.en.js';
import { trackingMn } from '../../features/tracking/tracking.mn.js';
import { MONGOLIAN } from './catalogues.mn.js';
import { ENGLISH, loadMongolian } from './catalogues.js';

/** The first visit's catalogues (English bundled, Mongolian fetched), and those that load with their page. */
const CATALOGUES = [
  ...Object.entries(ENGLISH).map(([name, english]) => ({ name, en: english, mn: MONGOLIAN[name as keyof typeof ENGLISH] })),
  { name: 'implementation tracking (with its page)', en: trackingEn, mn: trackingMn },
  { name: 'dialogue day (with its screens)', en: dialogueEn, mn: dialogueMn },
  { name: 'attendance and badges (with the console)', en: entryConsoleEn, mn: entryConsoleMn },
  { name: 'waiting list and invitation list (with the console)', en: accreditationConsoleEn, mn: accreditationConsoleMn },
  { name: 'screen (with the projector)', en: screenEn, mn: screenMn },
];

/** Flattens a catalogue into "section.key" paths. */
function paths(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : paths(value as object, `${prefix}${key}.`),
  );
}

const messageAt = (catalogue: object, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalogue);

/** The {{placeholders}} of one message. */
const placeholders = (message: unknown) => [...String(message).matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe.each(CATALOGUES)('the $name catalogue', ({ en: english, mn: mongolian }) => {
  it('Mongolian has every English key and no others', () => {
    expect(paths(mongolian).sort()).toEqual(paths(english).sort());
  });

  it('every Mongolian message is translated and keeps the English placeholders', () => {
    for (const path of paths(english)) {
      const message = messageAt(mongolian, path);
      expect(typeof message === 'string' && message.trim() !== '', path).toBe(true);
      expect(placeholders(message), path).toEqual(placeholders(messageAt(english, path)));
    }
  });
});

/** Variants the glossary (docs/glossary.md) replaced by one term each. */
const NOT_IN_GLOSSARY = [/хөтлөгч/i, /фасилитатор/i, /харти/i, /дүрэм/i];

describe.each(CATALOGUES)('the Mongolian $name catalogue', ({ mn: mongolian }) => {
  it('glues no suffix to a {{value}} with a hyphen (the sentence is built around it instead)', () => {
    const glued = paths(mongolian).filter((path) => /\}\}[”"»)]?-/.test(String(messageAt(mongolian, path))));
    expect(glued).toEqual([]);
  });

  it('uses the glossary’s one term for the facilitator and the charter', () => {
    const variants = paths(mongolian).filter((path) => NOT_IN_GLOSSARY.some((variant) => variant.test(String(messageAt(mongolian, path)))));
    expect(variants).toEqual([]);
  });
});

it('the first visit’s Mongolian, fetched on demand, has a catalogue for each English one and no other', async () => {
  const mongolian = await loadMongolian();
  expect(Object.keys(mongolian).sort()).toEqual(Object.keys(ENGLISH).sort());
  for (const name of Object.keys(ENGLISH) as (keyof typeof ENGLISH)[]) expect(Object.keys(mongolian[name]), name).toEqual(Object.keys(ENGLISH[name]));
});

it('no two catalogues claim the same section, so merging overwrites nothing', () => {
  const sections = CATALOGUES.flatMap((pair) => Object.keys(pair.en));
  expect(sections.filter((section, index) => sections.indexOf(section) !== index)).toEqual([]);
});
