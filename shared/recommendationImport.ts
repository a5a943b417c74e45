/** The recommendations import endpoint's answers (`POST /api/workshops/:id/recommendations/import`). */

/** A problem in the file, located as a spreadsheet shows it: row 1 is the first line, column by its header. */
export interface ImportIssue {
  /** 1-based row as a spreadsheet numbers it; null when the problem is the file as a whole. */
  row: number | null;
  /** The column's header (e.g. `Recommendation`); null when the problem is not in one cell. */
  column: string | null;
  message: string;
}

/**
 * 200: counts per recommendation of the file; `skipped` counts rows that are not
 * recommendations (e.g. UHRI rows of another type); `errors` are values that could not be read
 * in rows that were imported anyway, each saying what was kept.
 */
export interface ImportRecommendationsResponse {
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: ImportIssue[];
}

/** 422: the file could not be read as a whole, and nothing was imported. */
export interface ImportRecommendationsRefusal {
  errors: ImportIssue[];
}
