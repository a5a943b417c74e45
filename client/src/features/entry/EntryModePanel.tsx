/** The entry mode: the join code lets anyone in, or only personal invitation links do. The server decides; this asks. */
import { useTranslation } from 'react-i18next';
import { ENTRY_MODES, type EntryMode } from '../../../../shared/entryMode.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';

/** Two radios, each a 44 px target through its label. */
export function EntryModePanel() {
  const { t } = useTranslation();
  const mode = useControl((snapshot) => snapshot.state?.entryMode ?? null);
  const command = useCommand();
  if (!mode) return null;
  return (
    <section className="panel" aria-labelledby="entry-mode-heading">
      <h2 id="entry-mode-heading">{t('entry.title')}</h2>
      <p className="hint">{t('entry.hint')}</p>
      <fieldset className="entry-mode">
        <legend>{t('entry.label')}</legend>
        {ENTRY_MODES.map((option: EntryMode) => (
          <label key={option}>
            <input
              type="radio"
              name="entry-mode"
              value={option}
              checked={mode === option}
              disabled={command.busy}
              onChange={() => void command.run('workshop:entry-mode', { mode: option })}
            />
            {t(`entry.${option}`)}
          </label>
        ))}
      </fieldset>
      <ErrorNotice message={command.error} />
    </section>
  );
}
