/** "Your workshops": those created on this device, each with its links and an Export action. */
import { useTranslation } from 'react-i18next';
import { LinkFields } from '../../infra/ui/LinkFields.js';
import type { RememberedWorkshop } from './workshopList.js';
import { formatDate } from '../../infra/i18n/formatting.js';
// The dialogue day's words load with the organiser page, not with a participant's first visit.
import '../dialogue/dialogueCatalogue.js';

interface YourWorkshopsPanelProps {
  workshops: RememberedWorkshop[];
  onForget: (id: string) => void;
  /** Starts a dialogue day continuing one of them (`POST /api/workshops/:id/continue`). */
  onContinue: (workshop: RememberedWorkshop) => void;
  continuing: boolean;
}

/** A list, newest first; nothing is shown until there is something to list. */
export function YourWorkshopsPanel({ workshops, onForget, onContinue, continuing }: YourWorkshopsPanelProps) {
  const { t, i18n } = useTranslation();
  if (workshops.length === 0) return null;
  const formatSavedDate = (iso: string) => formatDate(i18n.resolvedLanguage ?? 'en', new Date(iso), 'date');
  return (
    <section className="panel" aria-labelledby="your-workshops-heading">
      <h2 id="your-workshops-heading">{t('organiser.yourWorkshops')}</h2>
      <p className="hint">{t('organiser.yourWorkshopsHint')}</p>
      <ul className="workshop-list">
        {workshops.map((workshop) => (
          <li key={workshop.id} className="workshop-list__item">
            <div className="workshop-list__head">
              <span className="workshop-list__title">{workshop.title}</span>
              {workshop.origin === 'dialogue' && <span className="badge">{t('dialogue.organiser.badge')}</span>}
              {(workshop.origin === 'demo' || workshop.origin === 'restored') && <span className="badge">{t(`organiser.origin_${workshop.origin}`)}</span>}
            </div>
            <p className="hint">{t('organiser.workshopMeta', { code: workshop.joinCode, date: formatSavedDate(workshop.createdAt) })}</p>
            <details className="workshop-list__links">
              <summary aria-label={t('roomLinks.showOf', { title: workshop.title })}>{t('roomLinks.show')}</summary>
              <LinkFields join={workshop.links.join} projector={workshop.links.projector} facilitator={workshop.links.facilitator} reach={workshop.links.reach} />
            </details>
            <div className="actions">
              <a className="button-link" href={`/w/${encodeURIComponent(workshop.id)}/export`} aria-label={t('organiser.exportWorkshop', { title: workshop.title })}>
                {t('organiser.export')}
              </a>
              <a className="button-link" href={`/w/${encodeURIComponent(workshop.id)}/tracking`} aria-label={t('trackingLink.openLinkOf', { title: workshop.title })}>
                {t('trackingLink.openLink')}
              </a>
              <a className="button-link" href={workshop.links.facilitator} aria-label={t('organiser.openConsoleOf', { title: workshop.title })}>
                {t('organiser.openConsole')}
              </a>
              <button
                type="button"
                className="button--quiet"
                disabled={continuing}
                onClick={() => onContinue(workshop)}
                aria-label={t('dialogue.organiser.continueLiveOf', { title: workshop.title })}
              >
                {t('dialogue.organiser.continueLive')}
              </button>
              <button type="button" className="button--quiet" onClick={() => onForget(workshop.id)} aria-label={t('organiser.forgetWorkshop', { title: workshop.title })}>
                {t('organiser.forget')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
