/**
 * CSV text to rows, with csv-parse configured strictly: an unclosed quote or a stray quote in
 * an unquoted field refuses the file with the row it is on, rather than silently merging rows.
 * Line endings (LF, CRLF, bare CR) are discovered by the parser; the separator (comma,
 * semicolon as European Excel writes, or tab) from the header line.
 */
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { isBlankRow, type TableResult, trimCell } from './table.js';

interface InfoRecord {
  record: string[];
  info: { records: number };
}

const SEPARATORS = [',', ';', '\t'] as const;

/** Reads CSV text; rows keep their spreadsheet number even when a quoted cell spans lines. */
export function readCsv(text: string): TableResult {
  let records: InfoRecord[];
  try {
    // The type definitions do not model `info: true`, which wraps each record with its position.
    records = parse(text, {
      delimiter: separatorOf(text),
      info: true,
      bom: true,
      relax_column_count: true,
      relax_quotes: false,
      skip_empty_lines: false,
    }) as unknown as InfoRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { ok: false, errors: [{ row: brokenRow(error), column: null, message: describeCsvError(error) }] };
  }
  const rows = records
    .map(({ record, info }) => ({ row: info.records, cells: record.map(trimCell) }))
    .filter((row) => !isBlankRow(row.cells));
  return { ok: true, rows };
}

/** The separator that occurs most often on the first line (outside quotes); comma on a tie. */
export function separatorOf(text: string): string {
  const firstLine = (/^[^\r\n]*/.exec(text)?.[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = SEPARATORS.map((separator) => firstLine.split(separator).length - 1);
  const best = Math.max(...counts);
  return best === 0 ? ',' : SEPARATORS[counts.indexOf(best)]!;
}

/** csv-parse counts the records completed before the one that failed. */
function brokenRow(error: CsvError): number | null {
  const records = error.records;
  return typeof records === 'number' ? records + 1 : null;
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell starting in this row is never closed: a double quote (") is missing, so the rest of the file cannot be told apart';
    case 'INVALID_OPENING_QUOTE':
      return 'a double quote (") stands inside a cell that does not start with one; quote the whole cell and double the quote ("")';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'text follows the closing double quote of a cell; a quote inside a quoted cell must be doubled ("")';
    default:
      return `the file is not valid CSV here (${error.message})`;
  }
}
