import { describe, expect, it } from 'vitest';
import { isAllowedCharterLink, recommendationHref, typedLink } from './linkPolicy.js';

describe('charter links', () => {
  it('allow web pages over http and https', () => {
    expect(isAllowedCharterLink('https://www.ohchr.org/en/hr-bodies/upr')).toBe(true);
    expect(isAllowedCharterLink('http://192.168.1.20:3000/w/abc')).toBe(true);
  });

  it('allow recommendation links, whatever the key holds', () => {
    expect(isAllowedCharterLink(recommendationHref('84.2'))).toBe(true);
    expect(isAllowedCharterLink(recommendationHref('2015/107.3 (Canada)'))).toBe(true);
  });

  it('refuse scripts, data, files and anything without a scheme', () => {
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vbscript:x', '/w/abc', 'mailto:a@b.mn', 'https://']) {
      expect(isAllowedCharterLink(href), href).toBe(false);
    }
    expect(isAllowedCharterLink('#recommendation/"><script>')).toBe(false);
  });

  it('add https to an address typed without a scheme, and refuse other schemes', () => {
    expect(typedLink('upr-info.org')).toBe('https://upr-info.org');
    expect(typedLink('javascript:alert(1)')).toBeNull();
    expect(typedLink('  ')).toBeNull();
  });
});
