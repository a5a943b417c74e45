/** The files of the session record, by the name in `GET /api/workshops/:id/export/:file`. */
import { zipSync } from 'fflate';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { charterMarkdown } from './charterMarkdown.js';
import { commitmentsTable } from './commitmentsTable.js';
import { csvFile } from './inert/csv.js';
import { planMatrix } from './planMatrix.js';
import type { ExportLanguage } from './planWords.js';
import { attendanceTable, experiencesTable, strategyTable, votesTable } from './recordTables.js';
import type { Table } from './table.js';

interface ExportFile {
  contentType: string;
  /** `language`: the words of files that write words for the app's codes (the plan, so far). */
  render(record: WorkshopRecordFile, language: ExportLanguage): Buffer | Promise<Buffer>;
}

const csv = (table: (record: WorkshopRecordFile, language: ExportLanguage) => Table): ExportFile => ({
  contentType: 'text/csv; charset=utf-8',
  render: (record, language) => {
    const { header, rows } = table(record, language);
    return csvFile(header, rows);
  },
});

// The PDF, DOCX and XLSX writers weigh about 15 MB of heap together: each is loaded by its first
// export rather than at start, which keeps the live server small (and its garbage collections short).
const FILES = {
  'charter.pdf': { contentType: 'application/pdf', render: async (record) => (await import('./charterPdf.js')).charterPdf(record) },
  'charter.docx': {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: async (record) => (await import('./charterDocx.js')).charterDocx(record),
  },
  'charter.md': { contentType: 'text/markdown; charset=utf-8', render: charterMarkdown },
  'plan.xlsx': {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    render: async (record, language) => (await import('./planXlsx.js')).planXlsx(record, language),
  },
  'plan.csv': csv((record, language) => planMatrix(record, { language })),
  'strategy.csv': csv(strategyTable),
  // A dialogue day's joint commitments, both sides' text (empty tables on an ordinary workshop).
  'commitments.xlsx': {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    render: async (record, language) => (await import('./commitmentsFiles.js')).commitmentsXlsx(record, language),
  },
  'commitments.csv': csv(commitmentsTable),
  'commitments.docx': {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: async (record, language) => (await import('./commitmentsFiles.js')).commitmentsDocx(record, language),
  },
  'experiences.csv': csv(experiencesTable),
  'votes.csv': csv(votesTable),
  'attendance.csv': csv(attendanceTable),
  'record.json': { contentType: 'application/json; charset=utf-8', render: (record) => Buffer.from(JSON.stringify(record, null, 2), 'utf8') },
} satisfies Record<string, ExportFile>;

export type ExportFileName = keyof typeof FILES | 'archive.zip';

/** Every file name, in the order the organiser's page lists them; `archive.zip` holds all the others. */
export const EXPORT_FILE_NAMES = [...(Object.keys(FILES) as (keyof typeof FILES)[]), 'archive.zip'] as const;

/** Narrows a URL segment to a file name. */
export function isExportFileName(name: string): name is ExportFileName {
  return (EXPORT_FILE_NAMES as readonly string[]).includes(name);
}

/** A file's bytes and content type. */
export async function renderExport(
  name: ExportFileName,
  record: WorkshopRecordFile,
  language: ExportLanguage = 'en',
): Promise<{ contentType: string; bytes: Buffer }> {
  if (name === 'archive.zip') return { contentType: 'application/zip', bytes: await archiveZip(record, language) };
  const file: ExportFile = FILES[name];
  return { contentType: file.contentType, bytes: await file.render(record, language) };
}

/** "Download everything": every file above in one zip, in a folder named after the workshop. */
async function archiveZip(record: WorkshopRecordFile, language: ExportLanguage): Promise<Buffer> {
  const entries = await Promise.all(
    (Object.entries(FILES) as [string, ExportFile][]).map(async ([name, file]) => [name, new Uint8Array(await file.render(record, language))] as const),
  );
  const mtime = new Date(record.exportedAt);
  return Buffer.from(zipSync(Object.fromEntries(entries.map(([name, bytes]) => [`convene-${record.workshop.id}/${name}`, [bytes, { mtime }]]))));
}
