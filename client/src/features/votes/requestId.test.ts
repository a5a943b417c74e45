import { describe, expect, it } from 'vitest';
import { newRequestId, requestIdFor } from './requestId.js';

describe('cast request ids', () => {
  it('are 32 hex characters, within the 8–64 the server accepts', () => {
    expect(newRequestId()).toMatch(/^[0-9a-f]{32}$/);
    expect(newRequestId()).not.toBe(newRequestId());
  });

  it('stay the same when the unanswered ballot is sent again, and change for another ballot', () => {
    let n = 0;
    const fresh = () => `id-${(n += 1)}-padding`;
    const first = requestIdFor(null, '"yes"', fresh);
    expect(requestIdFor(first, '"yes"', fresh)).toBe(first);
    expect(requestIdFor(first, '"no"', fresh).requestId).toBe('id-2-padding');
  });
});
