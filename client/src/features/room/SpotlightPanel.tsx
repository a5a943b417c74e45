/** What the projector spotlights now, and the button that clears it. */
import { useTranslation } from 'react-i18next';
import { useControl } from '../../infra/control/ControlContext.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';

/** Items are spotlit from their own card ("Spotlight"); here it is only shown and cleared. */
export function SpotlightPanel() {
  const { t } = useTranslation();
  const spotlight = useControl((snapshot) => snapshot.state?.spotlight ?? null);
  const command = useCommand();
  return (
    <section className="panel spotlight-panel" aria-labelledby="spotlight-heading">
      <h2 id="spotlight-heading">{t('spotlight.title')}</h2>
      {spotlight ? (
        <>
          <p>{t('spotlight.showing', { section: t(`stages.${spotlight.section}`) })}</p>
          <button type="button" onClick={() => void command.run('spotlight:clear')} disabled={command.busy}>
            {t('spotlight.clear')}
          </button>
        </>
      ) : (
        <p className="hint">{t('spotlight.none')}</p>
      )}
      <ErrorNotice message={command.error} />
    </section>
  );
}
