/** The audit log as the console keeps it: the listed entries plus live ones, newest first, once each. */
import type { AuditEntry } from '../../../../shared/events.js';

/** How many entries the console keeps; older ones stay in the record on the server. */
export const AUDIT_LIMIT = 200;

/** Merges entries by id (a live event can also arrive in the list answer), newest first. */
export function mergeAudit(current: AuditEntry[], incoming: AuditEntry[]): AuditEntry[] {
  const byId = new Map<number, AuditEntry>();
  for (const entry of [...current, ...incoming]) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => b.at - a.at || b.id - a.id).slice(0, AUDIT_LIMIT);
}

/** The translation key for a command in the log: i18next reads ':' as a namespace separator. */
export function auditCommandKey(command: string): string {
  return `audit.commands.${command.replace(/[:-]/g, '_')}`;
}

/**
 * One line per click. An adoption vote writes two entries for one "open" (the charter frozen,
 * then the vote opened) and two for one "close" (the vote counted, then the charter settled):
 * adjacent entries of one actor, one command and one vote read as a single line, the newest
 * entry's detail first.
 */
export function auditLines(entries: AuditEntry[]): AuditEntry[] {
  const lines: AuditEntry[] = [];
  for (const entry of entries) {
    const previous = lines.at(-1);
    const voteId = entry.detail.voteId;
    const sameClick =
      previous !== undefined && typeof voteId === 'string' && previous.detail.voteId === voteId && previous.command === entry.command && previous.actorName === entry.actorName;
    if (sameClick) lines[lines.length - 1] = { ...previous, detail: { ...entry.detail, ...previous.detail } };
    else lines.push(entry);
  }
  return lines;
}
