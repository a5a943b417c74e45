/**
 * Entry point: the service worker and the unsynced-edits guard, then the app once the reader's
 * language is here (English is bundled; Mongolian is one small chunk fetched first).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { initI18n } from './infra/i18n/i18n.js';
import { registerServiceWorker } from './infra/offline/registerServiceWorker.js';
import { installUnstoredEditsGuard } from './infra/offline/unstoredEdits.js';
import './infra/styles/app.css';
// After every view's own rules: the narrow-screen layout overrides them.
import './infra/styles/phone.css';

registerServiceWorker();
installUnstoredEditsGuard();
const root = document.getElementById('root');
if (root) {
  // Never rejects: a language that cannot be fetched leaves the page in English.
  void initI18n().then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
