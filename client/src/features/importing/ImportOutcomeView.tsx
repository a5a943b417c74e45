/** The import's answer in plain words: what was imported, or why nothing was. */
import { useTranslation } from 'react-i18next';
import { issueSentence } from './issueSentence.js';
import type { UploadOutcome } from './uploadRecommendations.js';

/** Failures with a sentence of their own; any other says the server's message. */
const EXPLAINED = ['network', 'unauthorized', 'forbidden', 'too_large', 'invalid', 'rate_limited', 'not_found'] as const;
const isExplained = (code: string): code is (typeof EXPLAINED)[number] => (EXPLAINED as readonly string[]).includes(code);

/** A status for success, an alert for refusals; row problems as a list. */
export function ImportOutcomeView({ outcome }: { outcome: UploadOutcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'failed') {
    return (
      <p className="notice notice--error" role="alert" data-testid="import-outcome">
        {isExplained(outcome.code) ? t(`errors.${outcome.code}`, { detail: outcome.message }) : outcome.message}
      </p>
    );
  }
  const errors = outcome.kind === 'imported' ? outcome.result.errors : outcome.errors;
  return (
    <div className={outcome.kind === 'imported' ? 'notice notice--success' : 'notice notice--error'} role={outcome.kind === 'imported' ? 'status' : 'alert'} data-testid="import-outcome">
      <p>{outcome.kind === 'imported' ? t('import.done', { imported: outcome.result.imported, updated: outcome.result.updated, unchanged: outcome.result.unchanged, skipped: outcome.result.skipped }) : t('import.unreadable')}</p>
      {errors.length > 0 && (
        <>
          <p>{outcome.kind === 'imported' ? t('import.warnings', { count: errors.length }) : t('import.problems', { count: errors.length })}</p>
          <ul className="import-issues">
            {errors.slice(0, 50).map((issue, index) => (
              <li key={index}>{issueSentence(t, issue)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
