/**
 * Sends a recommendations file to the import endpoint. XMLHttpRequest rather than fetch: only
 * it reports upload progress, which matters for a 10 MiB spreadsheet over venue Wi-Fi.
 */
import type { ImportIssue, ImportRecommendationsResponse } from '../../../../shared/recommendationImport.js';
import type { Review } from '../../../../shared/recommendations.js';
import { isSpreadsheet } from './columnPreview.js';

/** What came back: counts, the file's problems (nothing imported), or a refusal / network failure. */
export type UploadOutcome =
  | { kind: 'imported'; result: ImportRecommendationsResponse }
  | { kind: 'unreadable'; errors: ImportIssue[] }
  | { kind: 'failed'; status: number; code: string; message: string };

interface UploadOptions {
  workshopId: string;
  token: string;
  cycle: Review;
  file: File;
  /** 0 to 1 as the bytes leave. */
  onProgress: (fraction: number) => void;
}

/** Posts the raw file with the facilitator's token; never rejects. */
export function uploadRecommendations({ workshopId, token, cycle, file, onProgress }: UploadOptions): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/workshops/${encodeURIComponent(workshopId)}/recommendations/import?cycle=${cycle}`);
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Content-Type', isSpreadsheet(file) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv');
    request.setRequestHeader('Accept', 'application/json');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body: unknown = request.response;
      if (request.status === 200) resolve({ kind: 'imported', result: body as ImportRecommendationsResponse });
      else if (request.status === 422) resolve({ kind: 'unreadable', errors: (body as { errors?: ImportIssue[] } | null)?.errors ?? [] });
      else {
        const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
        resolve({ kind: 'failed', status: request.status, code: error?.code ?? 'internal', message: error?.message ?? request.statusText });
      }
    };
    request.onerror = () => resolve({ kind: 'failed', status: 0, code: 'network', message: 'network error' });
    request.send(file);
  });
}
