/** Entry point: languages, the service worker and the unsynced-edits guard, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { initI18n } from './infra/i18n/i18n.js';
import { registerServiceWorker } from './infra/offline/registerServiceWorker.js';
import { installUnstoredEditsGuard } from './infra/offline/unstoredEdits.js';
import './infra/styles/app.css';
// After every view's own rules: the narrow-screen layout overrides them.
import './infra/styles/phone.css';

initI18n();
registerServiceWorker();
installUnstoredEditsGuard();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
