/**
 * An invitation list file to organisations and delegates: one row per delegate (or per
 * organisation, with the delegate's cells empty), headers in English or Mongolian, in any order.
 * Rows of one organisation (by its name folded) make one organisation. Pure: bytes in, data out;
 * a file with a problem imports nothing.
 */
import type { ImportIssue } from '../../shared/recommendationImport.js';
import { organisationKey } from '../../shared/voteKinds.js';
import { readTable } from './readTable.js';
import type { TableRow } from './table.js';

export interface ImportedOrganisation {
  name: string;
  aliases: string[];
  returning: boolean;
}

export interface ImportedDelegate {
  organisation: string;
  name: string;
  contact: string | null;
  ballotHolder: boolean;
}

export type ParsedInvitations =
  | { ok: true; organisations: ImportedOrganisation[]; delegates: ImportedDelegate[] }
  | { ok: false; errors: ImportIssue[] };

type Column = 'organisation' | 'aliases' | 'returning' | 'delegate' | 'contact' | 'ballotHolder';

/** Header words (folded) per column; the first header cell that matches one names the column. */
const HEADERS: Record<Column, string[]> = {
  organisation: ['organisation', 'organization', 'org', 'байгууллага'],
  aliases: ['aliases', 'alias', 'other names', 'also known as', 'бусад нэр', 'товч нэр'],
  returning: ['returning', 'returning member', 'coalition member', 'эвслийн гишүүн'],
  delegate: ['delegate', 'name', 'delegate name', 'төлөөлөгч', 'нэр'],
  contact: ['contact', 'e-mail', 'email', 'phone', 'e-mail or phone', 'холбоо барих', 'имэйл', 'утас'],
  ballotHolder: ['ballot holder', 'holds ballot', 'votes', 'санал өгөх', 'саналын эрх'],
};

const YES = new Set(['yes', 'y', 'true', '1', 'x', '✓', 'тийм', 'т']);

/** Whether the rows start with a header naming an organisation column: picks the sheet of a workbook. */
export function hasInvitationHeader(rows: TableRow[]): boolean {
  return rows[0] !== undefined && columnsOf(rows[0]).organisation !== undefined;
}

function columnsOf(header: TableRow): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  header.cells.forEach((cell, index) => {
    const key = organisationKey(cell);
    const column = (Object.keys(HEADERS) as Column[]).find((name) => columns[name] === undefined && HEADERS[name].includes(key));
    if (column) columns[column] = index;
  });
  return columns;
}

/** Aliases are separated by semicolons or vertical bars: a comma may be part of a name. */
const aliasList = (cell: string) => cell.split(/[;|]/).map((alias) => alias.trim()).filter(Boolean);

export async function readInvitationList(bytes: Uint8Array, contentType?: string): Promise<ParsedInvitations> {
  const table = await readTable(bytes, contentType, hasInvitationHeader);
  if (!table.ok) return table;
  const [header, ...body] = table.rows;
  const columns = header ? columnsOf(header) : {};
  if (!header || columns.organisation === undefined) {
    return { ok: false, errors: [{ row: header?.row ?? null, column: null, message: 'the first row must be a header with an “Organisation” column' }] };
  }
  const cell = (row: TableRow, column: Column) => (columns[column] === undefined ? '' : (row.cells[columns[column]] ?? ''));
  const organisations = new Map<string, ImportedOrganisation>();
  const delegates: ImportedDelegate[] = [];
  const errors: ImportIssue[] = [];
  for (const row of body) {
    const name = cell(row, 'organisation');
    if (!name) {
      errors.push({ row: row.row, column: header.cells[columns.organisation] ?? null, message: 'the organisation is missing' });
      continue;
    }
    if (name.length > 120) errors.push({ row: row.row, column: null, message: 'the organisation’s name is longer than 120 characters' });
    const organisation = organisations.get(organisationKey(name)) ?? { name, aliases: [], returning: false };
    organisations.set(organisationKey(name), organisation);
    for (const alias of aliasList(cell(row, 'aliases'))) {
      // As long as a name may be: a spelling is one, and the archive keeps it as one.
      if (alias.length > 120) errors.push({ row: row.row, column: null, message: 'an alias is longer than 120 characters' });
      else if (!organisation.aliases.includes(alias)) organisation.aliases.push(alias);
    }
    organisation.returning ||= YES.has(organisationKey(cell(row, 'returning')));
    const delegate = cell(row, 'delegate');
    if (delegate) {
      if (delegate.length > 80) errors.push({ row: row.row, column: null, message: 'the delegate’s name is longer than 80 characters' });
      const contact = cell(row, 'contact').slice(0, 200) || null;
      delegates.push({ organisation: name, name: delegate, contact, ballotHolder: YES.has(organisationKey(cell(row, 'ballotHolder'))) });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  if (organisations.size === 0) return { ok: false, errors: [{ row: header.row, column: null, message: 'there are no rows below the header' }] };
  return { ok: true, organisations: [...organisations.values()], delegates };
}
