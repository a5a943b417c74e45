/**
 * Themes participants tag a recommendation with during triage, beside the themes its import
 * gave (UN matrix files and the 2010 Mongolia file give none). Stored in the entry, never in
 * `imported`, so a re-import keeps them:
 *
 *   entry.get('themeTags')   Y.Map<string>: the theme's key (themeKey) → its spelling as first added
 *
 * A map keyed by the theme rather than an array: two people adding different themes at once
 * set different keys and both stay; two adding the same theme in different case set one key.
 */
import * as Y from 'yjs';
import { LIMITS } from './limits.js';
import type { RecommendationEntry } from './recommendations.js';

/** What adding a theme did; only `added` wrote to the document. */
export type ThemeTagResult = 'added' | 'duplicate' | 'empty' | 'too-long' | 'too-many';

/** A theme as shown: composed, trimmed, inner runs of spaces made one. */
export function tidyTheme(theme: string): string {
  return theme.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The key two spellings of one theme share ("Torture", " torture "); locale-free lower case, so no Turkish dotless i. */
export function themeKey(theme: string): string {
  return tidyTheme(theme).toLowerCase();
}

/** Themes without blanks or repeats in any case, each kept in its first spelling, in their order. */
export function uniqueThemes(themes: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const theme of themes) {
    const tidy = tidyTheme(theme);
    if (tidy && !byKey.has(tidy.toLowerCase())) byKey.set(tidy.toLowerCase(), tidy);
  }
  return [...byKey.values()];
}

/** The themes a recommendation counts under: the import's first, then participants' tags. */
export function effectiveThemes(recommendation: { themes: readonly string[]; themeTags: readonly string[] }): string[] {
  return uniqueThemes([...recommendation.themes, ...recommendation.themeTags]);
}

/** True when `theme` is one of `themes` in any case or spacing. */
export function hasTheme(themes: readonly string[], theme: string): boolean {
  const key = themeKey(theme);
  return themes.some((candidate) => themeKey(candidate) === key);
}

/**
 * Participants' tags as plain data, sorted (a Y.Map's order may differ between clients). Any
 * client may write the document, so only strings within the length limit count, at most the
 * limit of them: a tag past it (two people adding the last one at once) shows once another goes.
 */
export function readThemeTags(value: unknown): string[] {
  if (!(value instanceof Y.Map)) return [];
  const tags = [...(value as Y.Map<unknown>).values()].filter(
    (tag): tag is string => typeof tag === 'string' && tidyTheme(tag).length <= LIMITS.maxThemeTagLength,
  );
  return uniqueThemes(tags.sort((a, b) => themeKey(a).localeCompare(themeKey(b)))).slice(0, LIMITS.maxThemeTagsPerRecommendation);
}

/** Tags the recommendation with a theme unless it already has it (imported or tagged, in any case). */
export function addThemeTag(entry: RecommendationEntry, theme: string): ThemeTagResult {
  const tidy = tidyTheme(theme);
  if (!tidy) return 'empty';
  if (tidy.length > LIMITS.maxThemeTagLength) return 'too-long';
  const key = tidy.toLowerCase();
  const tags = themeTagsOf(entry);
  if (tags.has(key) || hasTheme(importedThemes(entry), tidy)) return 'duplicate';
  if (tags.size >= LIMITS.maxThemeTagsPerRecommendation) return 'too-many';
  tags.set(key, tidy);
  return 'added';
}

/** Removes a participant's tag; true when there was one. An imported theme is not a tag and stays. */
export function removeThemeTag(entry: RecommendationEntry, theme: string): boolean {
  const tags = entry.get('themeTags');
  if (!(tags instanceof Y.Map)) return false;
  const key = themeKey(theme);
  // A foreign client may have keyed a tag otherwise: its spelling decides too.
  const keys = [...(tags as Y.Map<unknown>).entries()].filter(([k, v]) => k === key || (typeof v === 'string' && themeKey(v) === key)).map(([k]) => k);
  for (const k of keys) tags.delete(k);
  return keys.length > 0;
}

/**
 * The entry's tag map. newEntry creates it, so no two clients create it at once; an entry from
 * before tags existed gets it from its first tagger (two first taggers at the same instant
 * would each create one and one map would win: the rare cost of not rewriting old documents).
 */
function themeTagsOf(entry: RecommendationEntry): Y.Map<string> {
  const existing = entry.get('themeTags');
  if (existing instanceof Y.Map) return existing as Y.Map<string>;
  const created = new Y.Map<string>();
  entry.set('themeTags', created);
  return created;
}

function importedThemes(entry: RecommendationEntry): string[] {
  const imported = entry.get('imported');
  const themes: unknown = imported instanceof Y.Map ? imported.get('themes') : undefined;
  return Array.isArray(themes) ? themes.filter((theme): theme is string => typeof theme === 'string') : [];
}
