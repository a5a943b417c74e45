/**
 * The workshop's language: what the texts Convene writes for the room are written in — the
 * agenda template, the charter template, vote questions it generates. Each reader still chooses
 * the language of their own screen.
 */
export const WORKSHOP_LANGUAGES = ['en', 'mn'] as const;
export type WorkshopLanguage = (typeof WORKSHOP_LANGUAGES)[number];

/** True for a language a workshop can be in. */
export function isWorkshopLanguage(value: unknown): value is WorkshopLanguage {
  return typeof value === 'string' && (WORKSHOP_LANGUAGES as readonly string[]).includes(value);
}
