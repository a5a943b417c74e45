/** Enter, remember or forget the organiser key. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface OrganiserKeyPanelProps {
  savedKey: string | null;
  onSave: (key: string | null) => void;
}

/** A password field for the key; the saved state is announced. */
export function OrganiserKeyPanel({ savedKey, onSave }: OrganiserKeyPanelProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(savedKey ?? '');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSave(draft.trim() || null);
  };

  const handleForget = () => {
    setDraft('');
    onSave(null);
  };

  return (
    <form className="panel form" onSubmit={handleSubmit} aria-labelledby="organiser-key-heading">
      <h2 id="organiser-key-heading">{t('organiser.key')}</h2>
      <div className="field">
        <label htmlFor="organiser-key">{t('organiser.key')}</label>
        <input
          id="organiser-key"
          type="password"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="organiser-key-hint"
        />
        <p id="organiser-key-hint" className="hint">
          {t('organiser.keyHint')}
        </p>
      </div>
      <div className="actions">
        <button type="submit">{t('organiser.saveKey')}</button>
        {savedKey && (
          <button type="button" className="button--quiet" onClick={handleForget}>
            {t('organiser.forgetKey')}
          </button>
        )}
      </div>
      <p className="hint" aria-live="polite">
        {savedKey && savedKey === draft.trim() ? t('organiser.keySaved') : ''}
      </p>
    </form>
  );
}
