/** Plain-words messages for API failures. */
import type { TFunction } from 'i18next';
import { ApiFailure } from '../api/http.js';

/** The translated sentence for a failure; `invalid` includes the server's field detail. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiFailure)) return t('errors.internal');
  if (error.code === 'invalid') return t('errors.invalid', { detail: error.message });
  return t(`errors.${error.code}`);
}
