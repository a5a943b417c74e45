/** Any unknown address. */
import { useTranslation } from 'react-i18next';
import { PageShell } from '../../infra/ui/PageShell.js';

/** Says so and points to the join page. */
export function NotFoundView() {
  const { t } = useTranslation();
  return (
    <PageShell>
      <h1>{t('notFound.title')}</h1>
      <p>
        <a href="/">{t('notFound.back')}</a>
      </p>
    </PageShell>
  );
}
