/** The facilitator imports the recommendations file of a review: pick, preview the columns, upload, read the answer. */
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../../../shared/recommendations.js';
import { type ColumnPreview, isSpreadsheet, previewColumns, readCsvHeader } from './columnPreview.js';
import { ColumnPreviewTable } from './ColumnPreviewTable.js';
import { ImportOutcomeView } from './ImportOutcomeView.js';
import { type UploadOutcome, uploadRecommendations } from './uploadRecommendations.js';
import './importing.css';

/** Reading the first 64 KiB is enough for any header row and keeps a large file off the main thread. */
const HEADER_BYTES = 64 * 1024;

/** A closed disclosure, so the working view stays first on the page. */
export function ImportPanel({ workshopId, token, defaultCycle = 'current' }: { workshopId: string; token: string; defaultCycle?: Review }) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [cycle, setCycle] = useState<Review>(defaultCycle);
  const [preview, setPreview] = useState<ColumnPreview | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<UploadOutcome | null>(null);

  const handleFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setOutcome(null);
    setProgress(null);
    setPreview(chosen && !isSpreadsheet(chosen) ? previewColumns(readCsvHeader(await chosen.slice(0, HEADER_BYTES).text())) : null);
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setOutcome(null);
    setProgress(0);
    const result = await uploadRecommendations({ workshopId, token, cycle, file, onProgress: setProgress });
    setProgress(1);
    setOutcome(result);
  };

  const uploading = progress !== null && outcome === null;
  return (
    <details className="panel import-panel">
      <summary>{t('import.title')}</summary>
      <form className="form" onSubmit={(event) => void handleSubmit(event)}>
        <p className="hint">{t('import.intro')}</p>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('import.file')}</label>
          <input id={`${id}-file`} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(event) => void handleFile(event)} />
        </div>
        <fieldset className="import-panel__cycle">
          <legend>{t('import.cycle')}</legend>
          {(['current', 'previous'] as const).map((option) => (
            <label key={option}>
              <input type="radio" name={`${id}-cycle`} value={option} checked={cycle === option} onChange={() => setCycle(option)} />
              {t(`import.cycles.${option}`)}
            </label>
          ))}
        </fieldset>
        {file && isSpreadsheet(file) && <p>{t('import.spreadsheet', { name: file.name })}</p>}
        {preview && <ColumnPreviewTable preview={preview} />}
        <div className="actions">
          <button type="submit" className="button--primary" disabled={!file || uploading}>
            {uploading ? t('import.uploading') : t('import.upload')}
          </button>
        </div>
        {progress !== null && (
          <div className="field">
            <label htmlFor={`${id}-progress`}>{t('import.progress')}</label>
            <progress id={`${id}-progress`} max={1} value={progress}>{Math.round(progress * 100)}%</progress>
          </div>
        )}
        {outcome && <ImportOutcomeView outcome={outcome} />}
      </form>
    </details>
  );
}
