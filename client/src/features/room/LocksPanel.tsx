/** One switch per co-written section: a locked section takes no more edits from participants. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTIONS, type Section } from '../../../../shared/sections.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';

/**
 * Checkboxes with role="switch": their state is read out as on/off, and Space toggles them. A
 * switch shows the asked-for position until the server answers, so it does not flick back
 * while the command is on its way; a refusal puts it back where the server has it.
 */
export function LocksPanel() {
  const { t } = useTranslation();
  const locks = useControl((snapshot) => snapshot.state?.locks ?? null);
  const command = useCommand();
  const [pending, setPending] = useState<Partial<Record<Section, boolean>>>({});
  if (!locks) return null;

  const handleToggle = async (section: Section, locked: boolean) => {
    setPending((current) => ({ ...current, [section]: locked }));
    await command.run('section:lock', { section, locked });
    setPending(({ [section]: _settled, ...rest }) => rest);
  };

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
                checked={pending[section] ?? locks[section]}
                onChange={(event) => void handleToggle(section, event.target.checked)}
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
