/**
 * Checks a picked `record.json` before it is sent: the server checks everything again, but an
 * organiser who picked the wrong file hears so at once, in plain words, without a 32 MB upload.
 */
import { LIMITS } from '../../../../shared/limits.js';
import { RECORD_FORMAT } from '../../../../shared/record.js';

/** The file's text and the title it carries, or why it cannot be a record. */
export type RecordFileCheck =
  | { ok: true; text: string; title: string }
  | { ok: false; reason: 'tooLarge' | 'notJson' | 'notRecord' };

/** Reads what a restore needs from the text of a file. */
export function checkRecordText(text: string, byteSize: number): RecordFileCheck {
  if (byteSize > LIMITS.maxRecordBytes) return { ok: false, reason: 'tooLarge' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON at all: most likely another of the exported files (a CSV, the zip).
    return { ok: false, reason: 'notJson' };
  }
  const record = parsed as { format?: unknown; workshop?: { title?: unknown } } | null;
  if (record?.format !== RECORD_FORMAT) return { ok: false, reason: 'notRecord' };
  const title = typeof record.workshop?.title === 'string' ? record.workshop.title : '';
  return { ok: true, text, title };
}
