/** The downloads of one export page: one state per file, started by the file's button. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFileName } from './exportFiles.js';
import type { DownloadState } from './downloadState.js';
import { fetchExport } from './fetchExport.js';
import { saveBlob } from './saveBlob.js';

type States = Partial<Record<ExportFileName, DownloadState>>;

/** Per-file states and `start(file)`; downloads still running are aborted when the page goes. Files are written in the page's language. */
export function useExportDownloads(workshopId: string, token: string) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const [states, setStates] = useState<States>({});
  const controllers = useRef(new Map<ExportFileName, AbortController>());

  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
      running.clear();
    };
  }, []);

  const start = useCallback(
    async (file: ExportFileName) => {
      // A second click while the file is on its way would only download it twice.
      if (controllers.current.has(file)) return;
      const controller = new AbortController();
      controllers.current.set(file, controller);
      const set = (state: DownloadState) => setStates((current) => ({ ...current, [file]: state }));
      set({ status: 'downloading', progress: { received: 0, total: null } });
      try {
        const fetched = await fetchExport(workshopId, file, token, (progress) => set({ status: 'downloading', progress }), controller.signal, language);
        saveBlob(fetched.blob, fetched.fileName);
        set({ status: 'saved', fileName: fetched.fileName, bytes: fetched.blob.size });
      } catch (error) {
        if (!controller.signal.aborted) set({ status: 'failed', error });
      } finally {
        controllers.current.delete(file);
      }
    },
    [workshopId, token, language],
  );

  const stateOf = (file: ExportFileName): DownloadState => states[file] ?? { status: 'idle' };
  return { stateOf, start };
}
