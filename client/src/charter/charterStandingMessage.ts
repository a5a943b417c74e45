/** The sentence that says where a frozen charter stands, with the adoption's date and time in the reader's language. */
import type { TFunction } from 'i18next';
import type { CharterStanding } from './useCharterStanding.js';

export function charterStandingMessage(standing: CharterStanding, t: TFunction, language: string): string {
  switch (standing.kind) {
    case 'adopted':
      return t('charter.standing.adopted', {
        date: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(standing.adoptedAt),
      });
    case 'under-vote':
      return t('charter.standing.underVote');
    case 'failed':
      return t('charter.standing.failed');
    case 'drafting':
      return '';
  }
}
