/**
 * How people get into a workshop. `open`: anyone with the join code (today's way in).
 * `invited`: only personal invitation links; the join code is refused by the server and the
 * room's screen does not show it. Personal links work in both modes.
 */
export const ENTRY_MODES = ['open', 'invited'] as const;
export type EntryMode = (typeof ENTRY_MODES)[number];
