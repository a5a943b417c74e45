/** Fetches one export file with a token, reading it with progress; refusals become an ApiFailure. */
import type { ErrorBody } from '../../../../shared/errors.js';
import { ApiFailure } from '../../infra/api/http.js';
import { type DownloadProgress, fileNameFromDisposition, readBodyWithProgress } from './downloadProgress.js';
import { attachmentName, type ExportFileName } from './exportFiles.js';

/** The bytes of one file and the name to save it under. */
export interface FetchedExport {
  blob: Blob;
  fileName: string;
}

/** The path of one export file; `language` names the words the plan writes for the app's codes. */
export function exportPath(workshopId: string, file: ExportFileName, language?: string): string {
  const path = `/api/workshops/${encodeURIComponent(workshopId)}/export/${encodeURIComponent(file)}`;
  return language ? `${path}?lang=${encodeURIComponent(language)}` : path;
}

/** Downloads one file into memory; throws an ApiFailure naming what went wrong. */
export async function fetchExport(
  workshopId: string,
  file: ExportFileName,
  token: string,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
  language?: string,
): Promise<FetchedExport> {
  let response: Response;
  try {
    response = await fetch(exportPath(workshopId, file, language), { headers: { Authorization: `Bearer ${token}` }, signal });
  } catch (error) {
    throw new ApiFailure('network', error instanceof Error ? error.message : 'network error', 0);
  }
  if (!response.ok) throw await refusal(response);
  let blob: Blob;
  try {
    blob = await readBodyWithProgress(response, onProgress);
  } catch (error) {
    // The connection dropped half-way: the same plain words as never reaching the server.
    throw new ApiFailure('network', error instanceof Error ? error.message : 'download interrupted', 0);
  }
  return { blob, fileName: fileNameFromDisposition(response.headers.get('Content-Disposition'), attachmentName(workshopId, file)) };
}

/** The server's `{ error: { code, message } }`, or a failure named after the status when the body is not that. */
async function refusal(response: Response): Promise<ApiFailure> {
  const parsed: unknown = await response.json().catch(() => null);
  const body = (parsed as { error?: Partial<ErrorBody> } | null)?.error;
  return new ApiFailure(body?.code ?? 'internal', body?.message ?? response.statusText, response.status);
}
