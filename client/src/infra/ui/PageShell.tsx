/** The frame of every page: skip link, header with brand and language, then the content. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch.js';
import { UpdateNotice } from '../offline/UpdateNotice.js';

interface PageShellProps {
  /** Extra header content (identity, connection status). */
  aside?: ReactNode;
  /** A wider content area for the workspace. */
  wide?: boolean;
  children: ReactNode;
}

/** Header plus main landmark, with a skip link for keyboard users. */
export function PageShell({ aside, wide, children }: PageShellProps) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <div className="app-header__aside">
          {aside}
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className={wide ? 'page page--wide' : 'page'}>
        {children}
      </main>
      <UpdateNotice />
    </>
  );
}
