/**
 * The files drawn from implementation tracking, by the name in
 * `GET /api/workshops/:id/tracking/export/:file`. Their writers load on first use, as the
 * record's do.
 */
import { midTermReport } from '../../../shared/midTermReport.js';
import { TRACKING_FILES, type SubmissionKind, type TrackingFileName, type TrackingBoard } from '../../../shared/tracking.js';
import type { WorkshopLanguage } from '../../../shared/workshopLanguage.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Render = (board: TrackingBoard, language: WorkshopLanguage, submission: SubmissionKind) => Promise<Buffer>;

const FILES = {
  'ohchr-matrix.xlsx': {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    render: async (board, language) => (await import('./ohchrMatrixXlsx.js')).ohchrMatrixXlsx(board, language),
  },
  'ohchr-matrix.docx': { contentType: DOCX, render: async (board, language) => (await import('./ohchrMatrixDocx.js')).ohchrMatrixDocx(board, language) },
  'midterm-report.docx': {
    contentType: DOCX,
    render: async (board, language, submission) => (await import('./midTermReportDocx.js')).midTermReportDocx(midTermReport(board, language, submission)),
  },
  'midterm-report.pdf': {
    contentType: 'application/pdf',
    render: async (board, language, submission) => (await import('./midTermReportPdf.js')).midTermReportPdf(midTermReport(board, language, submission)),
  },
} satisfies Record<TrackingFileName, { contentType: string; render: Render }>;

/** Narrows a URL segment to a file name. */
export function isTrackingFileName(name: string): name is TrackingFileName {
  return (TRACKING_FILES as readonly string[]).includes(name);
}

export async function renderTrackingFile(
  name: TrackingFileName,
  board: TrackingBoard,
  language: WorkshopLanguage,
  submission: SubmissionKind,
): Promise<{ contentType: string; bytes: Buffer }> {
  const file = FILES[name];
  return { contentType: file.contentType, bytes: await file.render(board, language, submission) };
}
