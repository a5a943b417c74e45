/**
 * Join code clean-up as the server does it (shared/api.ts `joinCode`). Only the forgiving part
 * is repeated here: importing the schema would ship zod to every phone, and the server's
 * "no workshop has this code" already covers malformed codes.
 */

/** Upper-cases and drops spaces and dashes, so "abc 234" reads as "ABC234". */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
