/**
 * Which links the charter may hold: web pages over http(s), and recommendations of the review.
 * Anything else (`javascript:`, `data:`, `file:` …) is refused when a link is set, and rendered
 * without its address if a peer writes one straight into the shared document.
 */

/** Links to a recommendation are in-page addresses: `#recommendation/<key>`. */
export const RECOMMENDATION_LINK_PREFIX = '#recommendation/';

/** The address that cites recommendation `key`. */
export function recommendationHref(key: string): string {
  return `${RECOMMENDATION_LINK_PREFIX}${encodeURIComponent(key)}`;
}

/** True for an http(s) address with a host, or a recommendation link. */
export function isAllowedCharterLink(href: string): boolean {
  const trimmed = href.trim();
  if (trimmed.startsWith(RECOMMENDATION_LINK_PREFIX)) return /^[A-Za-z0-9%._~!*'()-]+$/.test(trimmed.slice(RECOMMENDATION_LINK_PREFIX.length));
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    // Not an absolute address: relative paths and bare words are not links a charter keeps.
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/** What a person typed, as a link address: `ohchr.org` becomes `https://ohchr.org`; null when it is not allowed. */
export function typedLink(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('#') ? trimmed : `https://${trimmed}`;
  return isAllowedCharterLink(withScheme) ? withScheme : null;
}
