import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { refusalMessage } from './refusalMessage.js';

/** A stand-in for i18next that shows which key was asked for and with what. */
const t = ((key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key)) as unknown as TFunction;

describe('refusal messages', () => {
  it('say why in the words of the command when the cause is certain', () => {
    expect(refusalMessage(t, 'agenda:remove-session', { code: 'conflict', message: 'the room is in this session' })).toBe('refusals.removeCurrent');
    expect(refusalMessage(t, 'hand:raise', { code: 'conflict', message: 'already' })).toBe('refusals.handAlreadyRaised');
  });

  it('fall back to the code, keeping the server’s detail for invalid input', () => {
    expect(refusalMessage(t, 'stage:go', { code: 'forbidden', message: 'a participant may not stage:go' })).toBe('refusals.forbidden');
    expect(refusalMessage(t, 'timer:start', { code: 'offline', message: 'not connected' })).toBe('refusals.offline');
    expect(refusalMessage(t, 'agenda:update-session', { code: 'invalid', message: 'changes.title: too short' })).toBe(
      'refusals.invalid {"detail":"changes.title: too short"}',
    );
  });
});
