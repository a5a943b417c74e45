/** "You: name (organisation)" in the header, from the server's answer, never from the form. */
import { useTranslation } from 'react-i18next';
import type { Identity } from '../../../../shared/api.js';

/** The identity of this page. */
export function IdentityBadge({ identity }: { identity: Identity }) {
  const { t } = useTranslation();
  const text = identity.organisation
    ? t('workspace.youWithOrganisation', { name: identity.name, organisation: identity.organisation })
    : t('workspace.you', { name: identity.name });
  return (
    <p className="identity" data-testid="identity">
      {text}
      {identity.role !== 'participant' && <span className="badge">{t(`workspace.role_${identity.role}`)}</span>}
    </p>
  );
}
