/** "A new version is available — Reload": the participant chooses when, so typing is never cut off. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { appUpdate } from './appUpdate.js';
import './offline.css';

/** Nothing until a new version waits; a polite status, never a dialog that steals focus. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const available = useStore(appUpdate, (state) => state.available);
  const apply = useStore(appUpdate, (state) => state.apply);
  const [reloading, setReloading] = useState(false);
  if (!available || !apply) return null;

  const handleReload = () => {
    setReloading(true);
    // The waiting version takes over, then reloads the page (its `controlling` event).
    void apply();
  };

  return (
    <div className="update-notice" role="status" data-testid="update-notice">
      <p className="update-notice__text">
        <strong>{t('update.available')}</strong> {t('update.hint')}
      </p>
      <button type="button" className="button--primary" onClick={handleReload} disabled={reloading}>
        {reloading ? t('update.reloading') : t('update.reload')}
      </button>
    </div>
  );
}
