/** The tracking board, a new assessment, and the files drawn from them, over HTTP with the reader's token. */
import type { Assessment, SubmissionKind, TrackingBoard, TrackingFileName } from '../../../../shared/tracking.js';
import type { WorkshopLanguage } from '../../../../shared/workshopLanguage.js';
import { ApiFailure, requestJson } from '../../infra/api/http.js';
import { fileNameFromDisposition } from '../exporting/downloadProgress.js';

const base = (workshopId: string) => `/api/workshops/${encodeURIComponent(workshopId)}/tracking`;

export const fetchBoard = (workshopId: string, token: string): Promise<TrackingBoard> => requestJson(base(workshopId), { token });

/** What the form sends; the author is the token's holder, never a field. */
export type AssessmentDraft = Pick<Assessment, 'target' | 'rating' | 'evidence' | 'source' | 'nextCycle' | 'assessedOn'>;

export async function postAssessment(workshopId: string, token: string, draft: AssessmentDraft): Promise<Assessment> {
  const { assessment } = await requestJson<{ assessment: Assessment }>(`${base(workshopId)}/assessments`, { method: 'POST', token, body: draft });
  return assessment;
}

/** Chooses the workshop's joint or single submission for every coalition member → the stored choice. */
export async function putSubmission(workshopId: string, token: string, submission: SubmissionKind): Promise<SubmissionKind> {
  const stored = await requestJson<{ submission: SubmissionKind }>(`${base(workshopId)}/submission`, { method: 'PUT', token, body: { submission } });
  return stored.submission;
}

/** One report file's bytes and the name to save it under. */
export async function fetchTrackingFile(
  workshopId: string,
  token: string,
  file: TrackingFileName,
  language: WorkshopLanguage,
  submission: SubmissionKind,
): Promise<{ blob: Blob; fileName: string }> {
  const query = new URLSearchParams({ lang: language, submission });
  let response: Response;
  try {
    response = await fetch(`${base(workshopId)}/export/${encodeURIComponent(file)}?${query}`, { headers: { Authorization: `Bearer ${token}` } });
  } catch (error) {
    throw new ApiFailure('network', error instanceof Error ? error.message : 'network error', 0);
  }
  if (!response.ok) {
    const body = ((await response.json().catch(() => null)) as { error?: { code?: ApiFailure['code']; message?: string } } | null)?.error;
    throw new ApiFailure(body?.code ?? 'internal', body?.message ?? response.statusText, response.status);
  }
  return { blob: await response.blob(), fileName: fileNameFromDisposition(response.headers.get('Content-Disposition'), `convene-${workshopId}-${file}`) };
}
