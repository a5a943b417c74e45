/** "A new version is available — Reload": the participant chooses when, so typing is never cut off. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useControl } from '../control/ControlContext.js';
import { appUpdate, isNewerProtocol, noticeNewerServer, reloadIntoNewVersion } from './appUpdate.js';
import './offline.css';

/** Nothing until a new version waits or the server speaks a newer protocol; a polite status, never a dialog that steals focus. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const available = useStore(appUpdate, (state) => state.available && state.apply !== null);
  const serverNewer = useStore(appUpdate, (state) => state.serverNewer);
  const serverProtocol = useControl((snapshot) => snapshot.state?.protocolVersion);
  const [reloading, setReloading] = useState(false);

  useEffect(() => {
    if (isNewerProtocol(serverProtocol)) noticeNewerServer();
  }, [serverProtocol]);

  if (!available && !serverNewer) return null;

  const handleReload = () => {
    setReloading(true);
    // A waiting version takes over, then reloads the page (its `controlling` event); else a plain reload.
    reloadIntoNewVersion();
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
