/** The organisations that signed the adopted charter, live, and "Sign for <organisation>" for a delegate whose organisation has not. */
import { useTranslation } from 'react-i18next';
import { can } from '../../../../shared/roles.js';
import { organisationKey } from '../../../../shared/voteKinds.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { usePageSession } from '../../infra/session/SessionContext.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';

const NO_SIGNATORIES: never[] = [];

/** Signing speaks for an organisation, so it is offered once per organisation and only after adoption. */
export function SignatoriesPanel() {
  const { t } = useTranslation();
  const session = usePageSession();
  const command = useCommand();
  const adopted = useControl((snapshot) => snapshot.state?.charter.adopted !== null && snapshot.state?.charter.adopted !== undefined);
  const signatories = useControl((snapshot) => snapshot.state?.charter.signatories ?? NO_SIGNATORIES);
  const identity = session?.identity ?? null;
  const organisation = identity?.organisation ?? null;
  const maySign = identity !== null && can(identity.role, 'signCharter');
  const signed = organisation !== null && signatories.some((s) => organisationKey(s.organisation) === organisationKey(organisation));

  return (
    <section className="panel charter-signatories" aria-labelledby="signatories-heading">
      <h2 id="signatories-heading">{t('charter.signatories.title')}</h2>
      <div aria-live="polite">
        {signatories.length === 0 ? (
          <p className="empty">{adopted ? t('charter.signatories.none') : t('charter.signatories.afterAdoption')}</p>
        ) : (
          <ul className="charter-signatories__list" data-testid="signatories">
            {signatories.map((s) => (
              <li key={organisationKey(s.organisation)}>{t('charter.signatories.entry', { organisation: s.organisation, name: s.name })}</li>
            ))}
          </ul>
        )}
      </div>
      {maySign && adopted && organisation && !signed && (
        <div className="actions">
          <button type="button" className="button--primary" disabled={command.busy} onClick={() => void command.run('charter:sign')}>
            {t('charter.signatories.sign', { organisation })}
          </button>
        </div>
      )}
      {maySign && adopted && organisation && signed && <p className="hint">{t('charter.signatories.signed', { organisation })}</p>}
      {maySign && adopted && !organisation && <p className="hint">{t('charter.signatories.needsOrganisation')}</p>}
      <ErrorNotice message={command.error} />
    </section>
  );
}
