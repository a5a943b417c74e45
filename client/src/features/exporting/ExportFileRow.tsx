/** One export file: its name, what it holds, a download button and how the download stands. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../infra/ui/errorMessage.js';
import { progressFraction } from './downloadProgress.js';
import { announcement, type DownloadState, formatBytes } from './downloadState.js';
import { type ExportFileName, fileMessageKey } from './exportFiles.js';

interface ExportFileRowProps {
  file: ExportFileName;
  state: DownloadState;
  onDownload: (file: ExportFileName) => void;
  /** The "download everything" row: a primary button with its own label. */
  featured?: boolean;
}

/** The button's name includes the file name, so a list of "Download" buttons stays tellable apart. */
export function ExportFileRow({ file, state, onDownload, featured }: ExportFileRowProps) {
  const { t, i18n } = useTranslation();
  const descriptionId = useId();
  const busy = state.status === 'downloading';
  const said = announcement(file, state);
  return (
    <li className={featured ? 'export-file export-file--featured' : 'export-file'}>
      <div className="export-file__text">
        <span className="export-file__name">{file}</span>
        <p id={descriptionId} className="hint">
          {t(`exporting.files.${fileMessageKey(file)}`)}
        </p>
      </div>
      <button
        type="button"
        className={featured ? 'button--primary' : undefined}
        onClick={() => onDownload(file)}
        disabled={busy}
        aria-describedby={descriptionId}
      >
        {featured ? t('exporting.downloadEverything', { file }) : t('exporting.download', { file })}
      </button>
      <div className="export-file__status">
        {state.status === 'downloading' && <DownloadMeter file={file} state={state} />}
        {state.status === 'saved' && (
          <p className="export-file__saved">{t('exporting.savedSize', { file: state.fileName, size: formatBytes(state.bytes, i18n.resolvedLanguage ?? 'en') })}</p>
        )}
        {state.status === 'failed' && (
          <p className="notice notice--error" role="alert">
            {t('exporting.failed', { file, reason: errorMessage(t, state.error) })}
          </p>
        )}
        <p className="visually-hidden" aria-live="polite">
          {said ? t(said.key, said.values) : ''}
        </p>
      </div>
    </li>
  );
}

/** A progress bar: determinate with a known size, indeterminate (no value) without. */
function DownloadMeter({ file, state }: { file: string; state: Extract<DownloadState, { status: 'downloading' }> }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const fraction = progressFraction(state.progress);
  const received = formatBytes(state.progress.received, locale);
  const text =
    state.progress.total === null
      ? t('exporting.received', { received })
      : t('exporting.receivedOf', { received, total: formatBytes(state.progress.total, locale) });
  return (
    <div className="export-file__meter">
      <progress max={1} value={fraction ?? undefined} aria-label={t('exporting.progressLabel', { file })} aria-valuetext={text} />
      <span className="hint">{text}</span>
    </div>
  );
}
