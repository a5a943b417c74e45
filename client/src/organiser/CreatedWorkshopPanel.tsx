/** The links and join code of a workshop just created. */
import { useTranslation } from 'react-i18next';
import type { CreateWorkshopResponse } from '../../../shared/api.js';
import { CopyField } from '../ui/CopyField.js';

interface CreatedWorkshopPanelProps {
  title: string;
  created: CreateWorkshopResponse;
}

/** Facilitator link, projector link, participant link and join code, each with a copy button. */
export function CreatedWorkshopPanel({ title, created }: CreatedWorkshopPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="panel panel--success" aria-labelledby="created-heading">
      <h2 id="created-heading" tabIndex={-1}>
        {t('organiser.created', { title })}
      </h2>
      <CopyField label={t('organiser.joinCode')} value={created.joinCode} large />
      <CopyField label={t('organiser.joinLink')} value={created.links.join} />
      <CopyField label={t('organiser.facilitatorLink')} value={created.links.facilitator} hint={t('organiser.facilitatorHint')} />
      <CopyField label={t('organiser.projectorLink')} value={created.links.projector} hint={t('organiser.projectorHint')} />
    </section>
  );
}
