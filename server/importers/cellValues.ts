/** Reading single cells of the known layouts: lists, responses, categories, sessions, dates. */
import type { ActionCategory, RecommendationResponse } from '../../shared/recommendations.js';

/** A comma-separated cell (`Brazil, Spain`) as a list. */
export function commaList(cell: string): string[] {
  return cell.split(',').map((part) => part.trim()).filter((part) => part !== '');
}

/** A cell of several values on separate lines, each starting with `- ` (the UN index's style). */
export function lineList(cell: string): string[] {
  return cell
    .split(/\r\n|\n|\r/)
    .map((line) => line.replace(/^\s*[-•–]\s*/, '').trim())
    .filter((line) => line !== '');
}

const SUPPORTED = new Set(['accepted', 'supported', 'accepted/supported']);
const NOTED = new Set(['noted', 'not supported', 'not accepted', 'rejected']);
const PENDING = new Set(['', 'pending', 'no response', 'awaiting response', 'n/a']);

/** Accepted/Supported → supported, Noted/Not Supported → noted, empty → pending; null when not understood. */
export function parseResponse(cell: string): RecommendationResponse | null {
  const value = lineList(cell).join(' ').toLowerCase().replace(/\s+/g, ' ');
  if (SUPPORTED.has(value)) return 'supported';
  if (NOTED.has(value)) return 'noted';
  if (PENDING.has(value)) return 'pending';
  return null;
}

/** `5`, `Category 5`, `5 - Specific action` → 5; empty → null; undefined when not understood. */
export function parseActionCategory(cell: string): ActionCategory | null | undefined {
  if (cell === '') return null;
  const match = /^\D*([1-5])\b/.exec(cell);
  return match ? (Number(match[1]) as ActionCategory) : undefined;
}

/** `9`, `09`, `Session 9`, `- 9` → 9; empty → null; undefined when not understood. */
export function parseSession(cell: string): number | null | undefined {
  if (cell === '') return null;
  const match = /^\D*?(\d{1,3})\b/.exec(cell);
  const session = match ? Number(match[1]) : 0;
  return session > 0 ? session : undefined;
}

/** The UPR cycle a Working Group session belongs to: sessions 1–12, 13–26, 27–40, 41–54 … */
export function cycleOfSession(session: number | null): number | null {
  if (session === null) return null;
  if (session <= 12) return 1;
  return 2 + Math.floor((session - 13) / 14);
}

/**
 * A date cell as YYYY-MM-DD: an Excel serial number (days since 30 December 1899), or a date
 * already written out; null when empty, undefined when not understood.
 */
export function parseDate(cell: string): string | null | undefined {
  if (cell === '') return null;
  if (/^\d+(\.\d+)?$/.test(cell)) {
    const serial = Number(cell);
    if (serial < 1 || serial > 100_000) return undefined;
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(cell);
  return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined;
}

/** `16.3 Promote the rule of law …` → `16.3`; anything else stays as written. */
export function sdgTarget(value: string): string {
  return /^(\d{1,2}\.[0-9a-z]{1,2})\b/i.exec(value)?.[1] ?? value;
}

/** Splits `115.1 Ratify …` into the paragraph and the text; no paragraph when the text does not start with one. */
export function splitParagraph(text: string): { ref: string | null; text: string } {
  const match = /^(\d{1,3}(?:\.\d{1,3}){1,2})\.?\s+([\s\S]+)$/.exec(text);
  return match ? { ref: match[1]!, text: match[2]!.trim() } : { ref: null, text };
}

/** A paragraph cell as written (`84.7`), without a final full stop. */
export function paragraphRef(cell: string): string | null {
  const ref = cell.replace(/\.$/, '').trim();
  return ref === '' ? null : ref;
}
