/** The co-written sections of a workshop; each is one Yjs document, so one can be locked alone. */
export const SECTIONS = ['experiences', 'recommendations', 'plan', 'strategy', 'charter'] as const;

export type Section = (typeof SECTIONS)[number];

/** Narrows an untrusted string (a URL segment) to a known section. */
export function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

/** The storage key of one section's document: documents of different workshops never share a key. */
export function documentName(workshopId: string, section: Section): string {
  return `${workshopId}/${section}`;
}
