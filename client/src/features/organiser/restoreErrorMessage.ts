/** Plain words for a refused restore: the server's 400 and 422 name the field or the inconsistency. */
import type { TFunction } from 'i18next';
import { ApiFailure } from '../../infra/api/http.js';
import { errorMessage } from '../../infra/ui/errorMessage.js';

/** `invalid` and `unprocessable` say the file is not a usable record and pass on the server's detail. */
export function restoreErrorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiFailure)) return errorMessage(t, error);
  if (error.code === 'invalid') return t('organiser.restoreInvalid', { detail: error.message });
  if (error.code === 'unprocessable') return t('organiser.restoreUnprocessable', { detail: error.message });
  if (error.code === 'too_large') return t('organiser.restoreProblem_tooLarge');
  return errorMessage(t, error);
}
