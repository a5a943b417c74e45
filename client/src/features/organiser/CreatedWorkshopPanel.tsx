/** The links and join code of a workshop just created, started as a demo, or restored from an archive. */
import { useTranslation } from 'react-i18next';
import type { CreateWorkshopResponse } from '../../../../shared/api.js';
import { CopyField } from '../../infra/ui/CopyField.js';
import { LinkFields } from '../../infra/ui/LinkFields.js';
import type { WorkshopOrigin } from './workshopList.js';
// The dialogue day's words load with the organiser page, not with a participant's first visit.
import '../dialogue/dialogueCatalogue.js';

interface CreatedWorkshopPanelProps {
  title: string;
  origin: WorkshopOrigin;
  created: CreateWorkshopResponse;
}

/** Facilitator link, projector link, participant link and join code, each with a copy button. */
export function CreatedWorkshopPanel({ title, origin, created }: CreatedWorkshopPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="panel panel--success" aria-labelledby="created-heading" data-origin={origin}>
      <h2 id="created-heading" tabIndex={-1}>
        {origin === 'dialogue' ? t('dialogue.organiser.heading', { title }) : t(`organiser.heading_${origin}`, { title })}
        {origin === 'demo' && <span className="badge badge--demo">{t('organiser.origin_demo')}</span>}
      </h2>
      {origin === 'demo' && <p className="hint">{t('organiser.demoCreatedHint')}</p>}
      {origin === 'restored' && <p className="hint">{t('organiser.restoredHint')}</p>}
      {origin === 'dialogue' && <p className="hint">{t('dialogue.organiser.hint')}</p>}
      <CopyField label={t('organiser.joinCode')} value={created.joinCode} large />
      <LinkFields join={created.links.join} projector={created.links.projector} facilitator={created.links.facilitator} reach={created.links.reach} />
      <p className="footnote">
        <a href={`/w/${encodeURIComponent(created.id)}/export`}>{t('organiser.exportLater')}</a>
      </p>
    </section>
  );
}
