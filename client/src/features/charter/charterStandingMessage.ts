/** The sentence that says where a frozen charter stands, with the adoption's date and time in the reader's language. */
import type { TFunction } from 'i18next';
import { formatDate } from '../../infra/i18n/formatting.js';
import type { CharterStanding } from './useCharterStanding.js';

export function charterStandingMessage(standing: CharterStanding, t: TFunction, language: string): string {
  switch (standing.kind) {
    case 'adopted':
      return t('charter.standing.adopted', {
        date: formatDate(language, standing.adoptedAt, 'dateTime'),
      });
    case 'under-vote':
      return t('charter.standing.underVote');
    case 'failed':
      return t('charter.standing.failed');
    case 'drafting':
      return '';
  }
}
