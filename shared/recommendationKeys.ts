/**
 * Stable keys of recommendations: the same recommendation imported again (from the same file,
 * an updated one, or another source's export) must land on the same entry of the document.
 */

/** Which review a recommendation belongs to: the one being followed up now, or the one before. */
export const REVIEWS = ['current', 'previous'] as const;
export type Review = (typeof REVIEWS)[number];

/** True for 'current' or 'previous'. */
export function isReview(value: unknown): value is Review {
  return typeof value === 'string' && (REVIEWS as readonly string[]).includes(value);
}

/**
 * Text reduced to what identifies a recommendation: Unicode-normalised, lower case, curly quotes
 * and dashes as plain ones, runs of white space as one space, no final full stop. Exports of one
 * report differ in exactly these details.
 */
export function normaliseRecommendationText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;]$/, '');
}

/**
 * A 53-bit hash (cyrb53) as 14 hex digits: synchronous and the same in the browser and Node,
 * which `crypto.subtle` is not. Collisions are negligible for a few hundred recommendations.
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The key of a recommendation in its section document: `previous/84.7` when the report's
 * paragraph is known, else `current/t-<hash of the normalised text>`.
 */
export function recommendationKey(review: Review, ref: string | null, text: string): string {
  if (ref) return `${review}/${ref}`;
  return `${review}/t-${textHash(normaliseRecommendationText(text))}`;
}
