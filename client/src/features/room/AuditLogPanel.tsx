/** Who did what and when, newest first, in plain words. */
import { useTranslation } from 'react-i18next';
import type { Agenda } from '../../../../shared/agenda.js';
import { findSession } from '../../../../shared/agendaReading.js';
import type { AuditEntry } from '../../../../shared/events.js';
import { isSection } from '../../../../shared/sections.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { auditCommandKey, auditLines } from './auditLog.js';
import { useAuditLog } from './useAuditLog.js';
import { formatDate } from '../../infra/i18n/formatting.js';

/** The detail worth reading: a session's title rather than its id, a section's name, a duration. */
function useDetail(): (entry: AuditEntry, agenda: Agenda | null) => string {
  const { t } = useTranslation();
  return (entry, agenda) => {
    const detail = entry.detail;
    const parts: string[] = [];
    // The server records the title of a removed or edited session; otherwise look it up in the agenda.
    const recorded = typeof detail.title === 'string' ? detail.title : undefined;
    const title = recorded ?? (typeof detail.sessionId === 'string' && agenda ? findSession(agenda, detail.sessionId)?.title : undefined);
    if (title) parts.push(title);
    if (typeof detail.section === 'string') parts.push(isSection(detail.section) ? t(`stages.${detail.section}`) : detail.section);
    if (typeof detail.locked === 'boolean') parts.push(detail.locked ? t('audit.locked') : t('audit.unlocked'));
    if (typeof detail.seconds === 'number') parts.push(t('audit.minutes', { count: Math.round((detail.seconds / 60) * 10) / 10 }));
    if (typeof detail.organisation === 'string') parts.push(detail.organisation);
    if (typeof detail.question === 'string') parts.push(detail.question);
    const session = detail.session as { title?: unknown } | undefined;
    if (typeof session?.title === 'string') parts.push(session.title);
    return parts.join(' · ');
  };
}

/** A list in a scrolling box; the clock time is the reader's local time. */
export function AuditLogPanel() {
  const { t, i18n } = useTranslation();
  const { entries, failed } = useAuditLog();
  const agenda = useControl((snapshot) => snapshot.state?.agenda ?? null);
  const describe = useDetail();
  const time = { format: (at: number) => formatDate(i18n.resolvedLanguage ?? 'en', at, 'timeSeconds') };
  return (
    <section className="panel audit" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('audit.title')}</h2>
      {failed && <p className="notice notice--error">{t('audit.failed')}</p>}
      {entries.length === 0 ? (
        <p className="empty">{t('audit.empty')}</p>
      ) : (
        <ol className="audit__list" tabIndex={0} aria-labelledby="audit-heading">
          {auditLines(entries).map((entry) => (
            <li key={entry.id}>
              <time dateTime={new Date(entry.at).toISOString()}>{time.format(entry.at)}</time>{' '}
              <span className="audit__actor">{entry.actorName}</span>{' '}
              {t(auditCommandKey(entry.command), { defaultValue: entry.command })}
              {describe(entry, agenda) && <span className="audit__detail"> — {describe(entry, agenda)}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
