/** A row problem of an import as one plain sentence. */
import type { TFunction } from 'i18next';
import type { ImportIssue } from '../../../../shared/recommendationImport.js';

/** "Row 12, column “Position”: …" — row and column only when known. The server's message stays in English. */
export function issueSentence(t: TFunction, issue: ImportIssue): string {
  if (issue.row !== null && issue.column) return t('import.issueRowColumn', { row: issue.row, column: issue.column, message: issue.message });
  if (issue.row !== null) return t('import.issueRow', { row: issue.row, message: issue.message });
  return t('import.issueFile', { message: issue.message });
}
