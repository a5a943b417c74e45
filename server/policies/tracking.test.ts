import { describe, expect, it } from 'vitest';
import type { Identity } from '../../shared/api.js';
import { mayReadTracking, mayWriteAssessment } from './tracking.js';

const participant: Identity = { role: 'participant', workshopId: 'w1', participantId: 'p1', name: 'Oyun', organisation: 'Globe International' };

describe('tracking policy', () => {
  it('lets coalition members, the facilitator and the organiser write; never the projector', () => {
    expect(mayWriteAssessment(participant)).toBe(true);
    expect(mayWriteAssessment({ ...participant, role: 'facilitator', participantId: null })).toBe(true);
    expect(mayWriteAssessment({ ...participant, role: 'organiser', participantId: null })).toBe(true);
    expect(mayWriteAssessment({ ...participant, role: 'projector', participantId: null })).toBe(false);
    expect(mayReadTracking({ ...participant, role: 'projector', participantId: null })).toBe(false);
  });

  it('the Government, UN and NHRC layers of a dialogue day neither read nor write the CSOs’ assessments', () => {
    expect(mayWriteAssessment({ ...participant, layer: 'cso' })).toBe(true);
    for (const layer of ['government', 'un', 'nhrc'] as const) {
      expect(mayWriteAssessment({ ...participant, layer })).toBe(false);
      expect(mayReadTracking({ ...participant, layer })).toBe(false);
    }
  });

  it('a newcomer on the waiting list neither reads nor writes them', () => {
    expect(mayReadTracking({ ...participant, waiting: true })).toBe(false);
    expect(mayWriteAssessment({ ...participant, waiting: true })).toBe(false);
    expect(mayReadTracking({ ...participant, waiting: false })).toBe(true);
  });
});
