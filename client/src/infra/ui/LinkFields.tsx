/** The links a workshop hands out, with a word on who can open them: a warning when only this computer can. */
import { useTranslation } from 'react-i18next';
import type { LinkReach } from '../../../../shared/links.js';
import { CopyField } from './CopyField.js';

interface LinkFieldsProps {
  join: string;
  /** Null when this device does not keep the projector's token. */
  projector: string | null;
  facilitator: string;
  /** Missing for lists kept before the server said. */
  reach: LinkReach | undefined;
}

/** The participant link first: it is the one read out and printed. */
export function LinkFields({ join, projector, facilitator, reach }: LinkFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="link-fields">
      {reach && (
        <p className={reach === 'local' ? 'notice notice--offline' : 'hint'} role={reach === 'local' ? 'alert' : undefined} data-reach={reach}>
          {t(`roomLinks.reach_${reach}`)}
        </p>
      )}
      <CopyField label={t('organiser.joinLink')} value={join} />
      {projector ? (
        <CopyField label={t('organiser.projectorLink')} value={projector} hint={t('organiser.projectorHint')} />
      ) : (
        <p className="hint">{t('roomLinks.projectorMissing')}</p>
      )}
      <CopyField label={t('organiser.facilitatorLink')} value={facilitator} hint={t('organiser.facilitatorHint')} />
    </div>
  );
}
