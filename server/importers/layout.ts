/** What every file layout provides: the headers that identify it and a reader of its rows. */
import type { ImportIssue } from '../../shared/recommendationImport.js';
import type { ImportedRecommendation, Review } from '../../shared/recommendations.js';
import type { RowRecommendation } from './mergeRows.js';
import type { TableRow } from './table.js';

/** A layout's reading of the rows below the header. */
export interface LayoutRead {
  rows: RowRecommendation[];
  /** Rows that are not recommendations (e.g. the UN index's other document types). */
  skipped: number;
  /** Problems that make the file unreadable: nothing is imported. */
  errors: ImportIssue[];
  /** Values not understood in rows that are imported anyway; each message says what was kept. */
  warnings: ImportIssue[];
}

export interface Layout {
  /** The layout in plain words, for messages. */
  name: string;
  /** Headers (compared case-insensitively) whose presence identifies the layout. */
  requiredColumns: readonly string[];
  read(header: Header, rows: TableRow[], review: Review): LayoutRead;
}

/** Column lookup by header name, case- and space-insensitive; repeated names resolve to the first. */
export class Header {
  private readonly names: string[];

  constructor(readonly row: TableRow) {
    this.names = row.cells.map(normaliseHeader);
  }

  has(name: string): boolean {
    return this.names.includes(normaliseHeader(name));
  }

  /** The cell of `name` in `row`, or '' when the column or the cell is missing. */
  cell(row: TableRow, name: string): string {
    const index = this.names.indexOf(normaliseHeader(name));
    return index < 0 ? '' : (row.cells[index] ?? '');
  }

  get width(): number {
    return this.names.length;
  }
}

/** `Recommending  States ` → `recommending states`. */
export function normaliseHeader(name: string): string {
  return name.replace(/^\ufeff/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** A recommendation with nothing but its review; layouts fill in what their columns give. */
export function emptyRecommendation(review: Review, text: string): ImportedRecommendation {
  return {
    ref: null, text, recommendingStates: [], response: 'pending', themes: [], affectedGroups: [], sdgTargets: [],
    actionCategory: null, cycle: null, session: null, review, documentSymbol: null, publishedOn: null,
  };
}

/** An empty-text error, the same words in every layout. */
export function missingText(row: number, column: string): ImportIssue {
  return { row, column, message: `the ${column} cell is empty; every row needs the recommendation's text` };
}
