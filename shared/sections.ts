/**
 * The co-written sections of a workshop; each is one Yjs document, so one can be locked alone.
 * `responses` holds the Government's responses per plan row on a dialogue day (shared/dialogue.ts).
 */
export const SECTIONS = ['experiences', 'recommendations', 'plan', 'strategy', 'charter', 'responses'] as const;

export type Section = (typeof SECTIONS)[number];

/** Narrows an untrusted string (a URL segment) to a known section. */
export function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

/** The storage key of one section's document: documents of different workshops never share a key. */
export function documentName(workshopId: string, section: Section): string {
  return `${workshopId}/${section}`;
}
