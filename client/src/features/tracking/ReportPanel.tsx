/**
 * The mid-term report's settings (language, and the workshop's joint or single submission, one
 * choice stored on the server for the whole coalition), the live word count of the draft against
 * the UN's limit, and the downloads: the OHCHR matrix and the report.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { midTermReport } from '../../../../shared/midTermReport.js';
import { SUBMISSION_KINDS, TRACKING_FILES, type SubmissionKind, type TrackingBoard, type TrackingFileName } from '../../../../shared/tracking.js';
import { WORKSHOP_LANGUAGES, type WorkshopLanguage } from '../../../../shared/workshopLanguage.js';
import { formatNumber } from '../../infra/i18n/formatting.js';
import { saveBlob } from '../exporting/saveBlob.js';
import { fetchTrackingFile, putSubmission } from './trackingApi.js';

/** Each file's label key (a file name's dot would split an i18next key). */
const FILE_LABELS = {
  'ohchr-matrix.xlsx': 'ohchrXlsx',
  'ohchr-matrix.docx': 'ohchrDocx',
  'midterm-report.docx': 'reportDocx',
  'midterm-report.pdf': 'reportPdf',
} as const satisfies Record<TrackingFileName, string>;

interface ReportPanelProps {
  board: TrackingBoard;
  workshopId: string;
  token: string;
  /** The submission the server stored from this page, for the board. */
  onSubmissionStored: (submission: SubmissionKind) => void;
}

export function ReportPanel({ board, workshopId, token, onSubmissionStored }: ReportPanelProps) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<WorkshopLanguage>(board.language);
  // The coalition's choice is the board's (which follows other members' changes); this page's own shows while it is sent.
  const [pending, setPending] = useState<SubmissionKind | null>(null);
  const submission = pending ?? board.submission;
  const [busy, setBusy] = useState<TrackingFileName | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [submissionFailure, setSubmissionFailure] = useState<string | null>(null);
  // The same blocks the DOCX and PDF are written from: the count is the submitted text's.
  const report = useMemo(() => midTermReport(board, language, submission), [board, language, submission]);
  const over = report.words - report.limit;
  const number = (n: number) => formatNumber(i18n.language, n);

  /** Shown at once; the stored choice answers, and a refusal puts the board's back. */
  async function handleSubmission(kind: SubmissionKind) {
    setPending(kind);
    setSubmissionFailure(null);
    try {
      onSubmissionStored(await putSubmission(workshopId, token, kind));
    } catch (error) {
      setSubmissionFailure(t('tracking.report.submissionFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setPending(null);
    }
  }

  async function handleDownload(file: TrackingFileName) {
    setBusy(file);
    setFailure(null);
    try {
      const { blob, fileName } = await fetchTrackingFile(workshopId, token, file, language, submission);
      saveBlob(blob, fileName);
    } catch (error) {
      setFailure(t('tracking.report.downloadFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="panel report-panel" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('tracking.report.heading')}</h2>
      <p className="hint">{t('tracking.report.hint')}</p>
      <div className="field-row report-panel__settings">
        <div className="field">
          <label htmlFor="report-language">{t('tracking.report.language')}</label>
          <select id="report-language" value={language} onChange={(e) => setLanguage(e.target.value as WorkshopLanguage)}>
            {WORKSHOP_LANGUAGES.map((code) => (
              <option key={code} value={code}>{t(`tracking.languages.${code}`)}</option>
            ))}
          </select>
        </div>
        <fieldset className="field report-panel__submission">
          <legend>{t('tracking.report.submission')}</legend>
          {SUBMISSION_KINDS.map((kind) => (
            <label key={kind} className="rating-choice">
              <input type="radio" name="report-submission" value={kind} checked={submission === kind} onChange={() => void handleSubmission(kind)} />
              {t(`tracking.report.${kind}`)}
            </label>
          ))}
          <p className="hint">{t('tracking.report.submissionShared')}</p>
          {submissionFailure && <p className="notice notice--error" role="alert">{submissionFailure}</p>}
        </fieldset>
      </div>
      <div className={over > 0 ? 'word-count word-count--over' : 'word-count'}>
        <p className="word-count__text" data-testid="word-count" aria-live="polite">
          {t('tracking.report.wordCount', { count: number(report.words), limit: number(report.limit) })}
        </p>
        <meter className="word-count__meter" min={0} max={report.limit} high={report.limit * 0.9} optimum={0} value={Math.min(report.words, report.limit)} aria-hidden="true" />
        {over > 0 && <p className="notice notice--error">{t('tracking.report.overLimit', { over: number(over) })}</p>}
      </div>
      <h3>{t('tracking.report.downloads')}</h3>
      <div className="actions report-panel__downloads">
        {TRACKING_FILES.map((file) => (
          <button key={file} type="button" onClick={() => void handleDownload(file)} disabled={busy !== null} aria-busy={busy === file}>
            {t(`tracking.report.files.${FILE_LABELS[file]}`)}
          </button>
        ))}
      </div>
      {failure && <p className="notice notice--error" role="alert">{failure}</p>}
    </section>
  );
}
