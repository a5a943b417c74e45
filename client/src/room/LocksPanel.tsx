/** One switch per co-written section: a locked section takes no more edits from participants. */
import { useTranslation } from 'react-i18next';
import { SECTIONS } from '../../../shared/sections.js';
import { useControl } from '../control/ControlContext.js';
import { useCommand } from '../control/useCommand.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';

/** Checkboxes with role="switch": their state is read out as on/off, and Space toggles them. */
export function LocksPanel() {
  const { t } = useTranslation();
  const locks = useControl((snapshot) => snapshot.state?.locks ?? null);
  const command = useCommand();
  if (!locks) return null;
  return (
    <section className="panel locks" aria-labelledby="locks-heading">
      <h2 id="locks-heading">{t('locks.title')}</h2>
      <p className="hint">{t('locks.hint')}</p>
      <ul className="locks__list">
        {SECTIONS.map((section) => (
          <li key={section}>
            <label className="switch">
              <input
                type="checkbox"
                role="switch"
                checked={locks[section]}
                disabled={command.busy}
                onChange={(event) => void command.run('section:lock', { section, locked: event.target.checked })}
              />
              <span>{t('locks.lockSection', { section: t(`stages.${section}`) })}</span>
            </label>
          </li>
        ))}
      </ul>
      <ErrorNotice message={command.error} />
    </section>
  );
}
