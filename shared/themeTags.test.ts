import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LIMITS } from './limits.js';
import { readRecommendations } from './readRecommendations.js';
import { importedOf, newEntry, recommendationsOf } from './recommendations.js';
import { addThemeTag, effectiveThemes, readThemeTags, removeThemeTag, uniqueThemes } from './themeTags.js';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** A document with one recommendation, imported with `themes`. */
function withEntry(themes: unknown = []) {
  const doc = new Y.Doc();
  const entry = newEntry();
  recommendationsOf(doc).set('current/84.1', entry);
  importedOf(entry).set('text', 'Ratify');
  importedOf(entry).set('themes', themes);
  return { doc, entry };
}

const readOne = (doc: Y.Doc) => readRecommendations(doc)[0]!;

describe('themes participants tag recommendations with', () => {
  it('keeps both themes two people add at the same time, and one of two spellings of the same theme', () => {
    const alice = withEntry().doc;
    const bob = new Y.Doc();
    sync(alice, bob);
    const aliceEntry = recommendationsOf(alice).get('current/84.1')!;
    const bobEntry = recommendationsOf(bob).get('current/84.1')!;
    expect(addThemeTag(aliceEntry, 'Torture')).toBe('added');
    expect(addThemeTag(bobEntry, 'Justice')).toBe('added');
    addThemeTag(aliceEntry, 'Mining');
    addThemeTag(bobEntry, 'mining ');
    sync(alice, bob);
    expect(readOne(alice).themeTags).toHaveLength(3);
    expect(readOne(alice).themeTags.map((tag) => tag.toLowerCase())).toEqual(['justice', 'mining', 'torture']);
    expect(readOne(bob)).toEqual(readOne(alice));
  });

  it('keeps a theme one person adds while another removes a different one', () => {
    const alice = withEntry().doc;
    addThemeTag(recommendationsOf(alice).get('current/84.1')!, 'Torture');
    const bob = new Y.Doc();
    sync(alice, bob);
    expect(removeThemeTag(recommendationsOf(alice).get('current/84.1')!, 'torture')).toBe(true);
    addThemeTag(recommendationsOf(bob).get('current/84.1')!, 'Justice');
    sync(alice, bob);
    expect(readOne(alice).themeTags).toEqual(['Justice']);
    expect(readOne(bob).themeTags).toEqual(['Justice']);
  });

  it('the effective themes are the imported ones, then the tags, once each in their first spelling', () => {
    const { doc, entry } = withEntry(['Torture', 'Justice']);
    expect(addThemeTag(entry, '  Rights  of the   child ')).toBe('added');
    expect(addThemeTag(entry, 'Environment')).toBe('added');
    const read = readOne(doc);
    expect(read.themes).toEqual(['Torture', 'Justice']);
    expect(read.themeTags).toEqual(['Environment', 'Rights of the child']);
    expect(effectiveThemes(read)).toEqual(['Torture', 'Justice', 'Environment', 'Rights of the child']);
    expect(effectiveThemes({ themes: ['Torture', ' '], themeTags: ['TORTURE', 'Хүүхдийн эрх', 'хүүхдийн ЭРХ'] })).toEqual(['Torture', 'Хүүхдийн эрх']);
    expect(uniqueThemes(['a', 'A', ' a ', 'b'])).toEqual(['a', 'b']);
  });

  it('does not add a theme the recommendation already has, imported or tagged, in any case', () => {
    const { doc, entry } = withEntry(['Torture']);
    expect(addThemeTag(entry, 'torture')).toBe('duplicate');
    expect(addThemeTag(entry, 'Justice')).toBe('added');
    expect(addThemeTag(entry, 'JUSTICE')).toBe('duplicate');
    expect(readOne(doc).themeTags).toEqual(['Justice']);
  });

  it('removes only participants’ tags: an imported theme stays', () => {
    const { doc, entry } = withEntry(['Torture']);
    addThemeTag(entry, 'Justice');
    expect(removeThemeTag(entry, 'Torture')).toBe(false);
    expect(removeThemeTag(entry, 'justice')).toBe(true);
    expect(removeThemeTag(entry, 'Justice')).toBe(false);
    expect(effectiveThemes(readOne(doc))).toEqual(['Torture']);
  });

  it('refuses empty and over-long themes, and more tags than the limit', () => {
    const { doc, entry } = withEntry();
    expect(addThemeTag(entry, '   ')).toBe('empty');
    expect(addThemeTag(entry, 'x'.repeat(LIMITS.maxThemeTagLength + 1))).toBe('too-long');
    expect(addThemeTag(entry, 'x'.repeat(LIMITS.maxThemeTagLength))).toBe('added');
    for (let i = 1; i < LIMITS.maxThemeTagsPerRecommendation; i++) expect(addThemeTag(entry, `Theme ${i}`)).toBe('added');
    expect(addThemeTag(entry, 'One too many')).toBe('too-many');
    expect(readOne(doc).themeTags).toHaveLength(LIMITS.maxThemeTagsPerRecommendation);
  });

  it('reads what another client wrote defensively: wrong types, over-long and too many tags', () => {
    const entry = withEntry().entry;
    const tags = entry.get('themeTags') as Y.Map<unknown>;
    tags.set('a', 42);
    tags.set('b', 'y'.repeat(LIMITS.maxThemeTagLength + 1));
    for (let i = 0; i < 20; i++) tags.set(`t${i}`, `Tag ${String(i).padStart(2, '0')}`);
    const read = readThemeTags(tags);
    expect(read).toHaveLength(LIMITS.maxThemeTagsPerRecommendation);
    expect(read[0]).toBe('Tag 00');
    expect(readThemeTags('Torture')).toEqual([]);
    entry.set('themeTags', ['Torture']);
    expect(addThemeTag(entry, 'Justice')).toBe('added');
    expect(readThemeTags(entry.get('themeTags'))).toEqual(['Justice']);
  });

  it('tags an entry written before tags existed', () => {
    const { doc, entry } = withEntry();
    entry.delete('themeTags');
    expect(readOne(doc).themeTags).toEqual([]);
    expect(addThemeTag(entry, 'Torture')).toBe('added');
    expect(readOne(doc).themeTags).toEqual(['Torture']);
  });
});
