/** Where one file's download stands, and the sentence a screen reader hears about it. */
import { type DownloadProgress, progressStep } from './downloadProgress.js';
import { formatNumber } from '../../infra/i18n/formatting.js';

/** One file's download: not started, under way, saved, or failed with the reason. */
export type DownloadState =
  | { status: 'idle' }
  | { status: 'downloading'; progress: DownloadProgress }
  | { status: 'saved'; fileName: string; bytes: number }
  | { status: 'failed'; error: unknown };

/** A translation key and its values; the component translates it. */
export interface Announcement {
  key: 'exporting.downloading' | 'exporting.downloadingPercent' | 'exporting.saved';
  values: Record<string, string | number>;
}

/**
 * What the polite live region says. Under way, it names only the quarter reached (never every
 * chunk), so the text, and therefore the announcement, changes at most five times.
 */
export function announcement(file: string, state: DownloadState): Announcement | null {
  switch (state.status) {
    case 'idle':
    case 'failed':
      // A failure is said by the row's alert, not twice.
      return null;
    case 'downloading': {
      const step = progressStep(state.progress);
      return step === null
        ? { key: 'exporting.downloading', values: { file } }
        : { key: 'exporting.downloadingPercent', values: { file, percent: step * 25 } };
    }
    case 'saved':
      return { key: 'exporting.saved', values: { file: state.fileName } };
  }
}

/** A byte count in a unit people read, e.g. "1.4 MB"; decimal units like file managers show. */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'kB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${formatNumber(language, value, { maximumFractionDigits: digits })} ${units[unit]}`;
}
