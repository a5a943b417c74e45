/**
 * A preview of how the server will read a file's columns, from its header row. The server
 * decides (server/importers); this mirrors its three layouts so the facilitator sees before
 * uploading whether the file is one of them.
 */

/** What a recognised column becomes. */
export type ImportField = 'ref' | 'text' | 'recommendingStates' | 'response' | 'themes' | 'affectedGroups' | 'sdgTargets' | 'actionCategory' | 'session' | 'documentSymbol' | 'publishedOn' | 'cycle';

export const LAYOUTS = ['un-matrix', 'upr-info', 'ohchr-index'] as const;
export type Layout = (typeof LAYOUTS)[number];

const LAYOUT_COLUMNS: Record<Layout, { required: string[]; fields: Record<string, ImportField> }> = {
  'un-matrix': {
    required: ['Paragraph', 'Recommendation', 'Recommending States', 'Position'],
    fields: { Paragraph: 'ref', Recommendation: 'text', 'Recommending States': 'recommendingStates', Position: 'response' },
  },
  'upr-info': {
    required: ['SuR', 'Recommendation', 'RS', 'Response'],
    fields: { Recommendation: 'text', RS: 'recommendingStates', Response: 'response', Issue: 'themes', Action: 'actionCategory', Session: 'session', Cycle: 'cycle' },
  },
  'ohchr-index': {
    required: ['Text', 'Document Symbol', 'Type'],
    fields: {
      Text: 'text', 'UPR Position': 'response', 'UPR Session': 'session', 'UPR Reccomending States': 'recommendingStates', Themes: 'themes',
      'Affected Persons': 'affectedGroups', Sdgs: 'sdgTargets', 'Document Symbol': 'documentSymbol', 'Document Publication Date': 'publishedOn',
    },
  },
};

/** One header cell and what it becomes (null: ignored). */
export interface ColumnMapping {
  header: string;
  field: ImportField | null;
}

export interface ColumnPreview {
  layout: Layout | null;
  columns: ColumnMapping[];
  /** Required columns of the nearest layout that the file lacks. */
  missing: string[];
}

const fold = (header: string) => header.trim().toLocaleLowerCase('en');

/** The layout whose required columns are all present; else the nearest one and what it misses. */
export function previewColumns(headers: readonly string[]): ColumnPreview {
  const present = new Set(headers.map(fold));
  const ranked = LAYOUTS.map((layout) => {
    const missing = LAYOUT_COLUMNS[layout].required.filter((column) => !present.has(fold(column)));
    return { layout, missing };
  }).sort((a, b) => a.missing.length - b.missing.length);
  const best = ranked[0] ?? { layout: 'un-matrix' as Layout, missing: [] };
  const fields = new Map(Object.entries(LAYOUT_COLUMNS[best.layout].fields).map(([header, field]) => [fold(header), field]));
  return {
    layout: best.missing.length === 0 ? best.layout : null,
    columns: headers.map((header) => ({ header, field: fields.get(fold(header)) ?? null })),
    missing: best.missing,
  };
}

/**
 * The first record of a CSV text: commas or semicolons (Excel in many locales), quotes with
 * doubled quotes inside, line breaks inside quotes; a byte-order mark is dropped.
 */
export function readCsvHeader(text: string): string[] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else if (char === '\n' || char === '\r') break;
    else cell += char;
  }
  cells.push(cell.trim());
  return cells.filter((value, index) => value !== '' || index < cells.length - 1);
}

/** True when the file is read as a spreadsheet (XLSX) rather than text. */
export function isSpreadsheet(file: { name: string; type: string }): boolean {
  return /\.xlsx$/i.test(file.name) || file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
}
