import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { HTTP_STATUS } from './errorHandler.js';
import { rateLimitPerAddress } from './rateLimit.js';

describe('rateLimitPerAddress', () => {
  it('refuses the request past the limit, per address', () => {
    const limit = rateLimitPerAddress(3);
    const outcomes: unknown[] = [];
    const call = (ip: string) => limit({ ip } as Request, {} as Response, (error?: unknown) => outcomes.push(error));
    for (let i = 0; i < 4; i++) call('10.0.0.1');
    call('10.0.0.2');
    expect(outcomes.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(outcomes[3]).toBeInstanceOf(DomainError);
    expect(HTTP_STATUS[(outcomes[3] as DomainError).code]).toBe(429);
    expect(outcomes[4]).toBeUndefined();
  });
});
