/**
 * The files of `GET /api/workshops/:id/export/:file`, copied from the server's list
 * (server/exports/exportFiles.ts) because the client never imports server code. A file added
 * there shows up here only when added by hand; the server answers 404 for a name it lacks.
 */

/** Every downloadable file, `archive.zip` ("download everything") first. */
export const EXPORT_FILES = [
  'archive.zip',
  'charter.pdf',
  'charter.docx',
  'charter.md',
  'plan.xlsx',
  'plan.csv',
  'strategy.csv',
  'commitments.xlsx',
  'commitments.csv',
  'commitments.docx',
  'experiences.csv',
  'votes.csv',
  'attendance.csv',
  'record.json',
] as const;

/** One of the export file names. */
export type ExportFileName = (typeof EXPORT_FILES)[number];

/** `plan.csv` → `plan_csv`, as a type. */
type MessageKeyOf<File extends string> = File extends `${infer Name}.${infer Extension}` ? `${Name}_${Extension}` : never;

/** The i18n key part of a file name: i18next reads dots as nesting, so `plan.csv` becomes `plan_csv`. */
export function fileMessageKey<File extends ExportFileName>(file: File): MessageKeyOf<File> {
  return file.replace('.', '_') as MessageKeyOf<File>;
}

/** The name the server gives the attachment, used when the response does not say. */
export function attachmentName(workshopId: string, file: ExportFileName): string {
  return `convene-${workshopId}-${file}`;
}
