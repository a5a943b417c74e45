/** The workshop's language: what Convene writes for the room (vote questions, templates) is in it. */
import { useTranslation } from 'react-i18next';
import { WORKSHOP_LANGUAGES, type WorkshopLanguage } from '../../../../shared/workshopLanguage.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { LANGUAGES } from '../../infra/i18n/i18n.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';

/** A select; each reader's own screen language is their own choice, in the header. */
export function WorkshopLanguagePanel() {
  const { t } = useTranslation();
  const language = useControl((snapshot) => snapshot.state?.language ?? null);
  const command = useCommand();
  if (!language) return null;
  const labelOf = (code: WorkshopLanguage) => LANGUAGES.find((entry) => entry.code === code)?.label ?? code;
  return (
    <section className="panel" aria-labelledby="workshop-language-heading">
      <h2 id="workshop-language-heading">{t('workshopLanguage.title')}</h2>
      <p className="hint">{t('workshopLanguage.hint')}</p>
      <div className="field">
        <label htmlFor="workshop-language">{t('workshopLanguage.label')}</label>
        <select
          id="workshop-language"
          value={language}
          disabled={command.busy}
          onChange={(event) => void command.run('workshop:language', { language: event.target.value as WorkshopLanguage })}
        >
          {WORKSHOP_LANGUAGES.map((code) => (
            <option key={code} value={code}>{labelOf(code)}</option>
          ))}
        </select>
      </div>
      <ErrorNotice message={command.error} />
    </section>
  );
}
