import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../infra/api/http.js';
import { en } from '../../infra/i18n/en.js';
import { restoreErrorMessage } from './restoreErrorMessage.js';

beforeAll(async () => {
  await i18next.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
});

describe('restore refusals in plain words', () => {
  it('says nothing was created and passes on what the server named', () => {
    expect(restoreErrorMessage(i18next.t, new ApiFailure('invalid', 'documents.plan: expected string', 400))).toBe(
      'This file is not a complete Convene record, so nothing was created. The server says: documents.plan: expected string',
    );
    expect(restoreErrorMessage(i18next.t, new ApiFailure('unprocessable', 'the state of plan is not a Yjs update', 422))).toContain(
      'does not hold together, so nothing was created',
    );
  });

  it('uses the general messages for everything else', () => {
    expect(restoreErrorMessage(i18next.t, new ApiFailure('unauthorized', 'the organiser key is required', 401))).toBe(en.errors.unauthorized);
    expect(restoreErrorMessage(i18next.t, new ApiFailure('too_large', 'too large', 413))).toBe(en.organiser.restoreProblem_tooLarge);
  });
});
