/**
 * Code loaded on demand (`React.lazy`): the participant's first visit stays small, and the charter
 * editor, the console, the projector and the organiser's pages arrive only when opened.
 */
import { Component, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageShell } from './PageShell.js';

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

function LoadFailed() {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <p>{t('app.loadFailed')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}

/**
 * Catches a chunk that failed to load (venue Wi-Fi) or threw while rendering, so the rest of the
 * page stays usable. It offers a reload: React.lazy keeps a failed load for good.
 */
class FailureBoundary extends Component<{ failed: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.failed : this.props.children;
  }
}

/** A "Loading…" status while lazy children arrive, inside the page frame when `page` is set. */
export function OnDemand({ page = false, children }: { page?: boolean; children: ReactNode }) {
  const frame = (content: ReactNode) => (page ? <PageShell>{content}</PageShell> : content);
  return (
    <FailureBoundary failed={frame(<LoadFailed />)}>
      <Suspense fallback={frame(<Loading />)}>{children}</Suspense>
    </FailureBoundary>
  );
}
