/** The import panel, loaded on demand: only facilitators see it, and it is not small. */
import { lazy } from '../../infra/ui/lazy.js';

/** Render inside `OnDemand`. */
export const LazyImportPanel = lazy(() => import('./ImportPanel.js').then((m) => ({ default: m.ImportPanel })));
