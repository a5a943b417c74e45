/** The files of a workshop's record, "download everything" first, each with its own download. */
import { useTranslation } from 'react-i18next';
import { EXPORT_FILES } from './exportFiles.js';
import { ExportFileRow } from './ExportFileRow.js';
import { useExportDownloads } from './useExportDownloads.js';
import './exporting.css';

interface ExportPanelProps {
  workshopId: string;
  token: string;
}

/** Downloads run side by side; each row shows and announces its own. */
export function ExportPanel({ workshopId, token }: ExportPanelProps) {
  const { t } = useTranslation();
  const { stateOf, start } = useExportDownloads(workshopId, token);
  const handleDownload = (file: (typeof EXPORT_FILES)[number]) => void start(file);
  const [archive, ...files] = EXPORT_FILES;
  return (
    <>
      <section className="panel" aria-labelledby="export-everything-heading">
        <h2 id="export-everything-heading">{t('exporting.everythingHeading')}</h2>
        <ul className="export-files">
          <ExportFileRow file={archive} state={stateOf(archive)} onDownload={handleDownload} featured />
        </ul>
      </section>
      <section className="panel" aria-labelledby="export-files-heading">
        <h2 id="export-files-heading">{t('exporting.filesHeading')}</h2>
        <ul className="export-files">
          {files.map((file) => (
            <ExportFileRow key={file} file={file} state={stateOf(file)} onDownload={handleDownload} />
          ))}
        </ul>
      </section>
    </>
  );
}
