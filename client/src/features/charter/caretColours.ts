/**
 * The colour this client's caret shows in to the others. The server stamps the name and keeps a
 * valid `#rrggbb` colour; each colour here carries white label text at 4.5:1 or more.
 */
const CARET_COLOURS = ['#1d5a9e', '#a32020', '#1d6b3a', '#6b3fa0', '#8a4b00', '#00606b', '#9c2a6b', '#3d4a5c'] as const;

/** A colour picked by the Yjs client id, so two people side by side rarely share one. */
export function caretColour(clientId: number): string {
  return CARET_COLOURS[Math.abs(clientId) % CARET_COLOURS.length] ?? CARET_COLOURS[0];
}
