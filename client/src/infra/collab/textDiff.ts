/**
 * The pure part of binding a text field to a Y.Text: turning "value before, value after" into
 * one splice, and moving a caret through a remote change.
 */

/** One replacement: remove `remove` characters at `index`, then insert `insert` there. */
export interface TextSplice {
  index: number;
  remove: number;
  insert: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The splice that turns `before` into `after`, or null when they are equal. `caret` (where the
 * caret is in `after`) settles ambiguous cases: typing "a" into "aa" at the start is an insert
 * at 0, not at 2, which matters when someone else types nearby. Never cuts a surrogate pair:
 * Yjs would store half an emoji as U+FFFD.
 */
export function diffText(before: string, after: string, caret?: number): TextSplice | null {
  if (before === after) return null;
  const shortest = Math.min(before.length, after.length);
  const sameAtStart = (i: number) => before[i] === after[i];
  const sameAtEnd = (i: number) => before[before.length - 1 - i] === after[after.length - 1 - i];
  let prefix = 0;
  let suffix = 0;
  if (caret === undefined) {
    while (prefix < shortest && sameAtStart(prefix)) prefix++;
    while (suffix < shortest - prefix && sameAtEnd(suffix)) suffix++;
  } else {
    // Text after the caret was not typed, so the unchanged end may reach up to the caret only.
    const suffixLimit = Math.max(0, Math.min(shortest, after.length - caret));
    while (suffix < suffixLimit && sameAtEnd(suffix)) suffix++;
    while (prefix < shortest - suffix && sameAtStart(prefix)) prefix++;
  }
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return {
    index: prefix,
    remove: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

/** A Y.Text delta as Yjs reports it to observers. */
export type TextDelta = ReadonlyArray<{ retain?: number; insert?: unknown; delete?: number }>;

/**
 * Where a caret at `position` belongs after a remote change. Text inserted exactly at the
 * caret goes after it, so two people typing at one spot each keep their words together.
 */
export function transformPosition(position: number, delta: TextDelta): number {
  let cursor = 0;
  let result = position;
  for (const op of delta) {
    if (cursor > position) break;
    if (op.retain !== undefined) cursor += op.retain;
    else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (cursor < position) result += length;
    } else if (op.delete !== undefined) {
      // Characters deleted before the caret pull it back; a caret inside the deletion lands at its start.
      result -= Math.max(0, Math.min(op.delete, position - cursor));
      cursor += op.delete;
    }
  }
  return result;
}
