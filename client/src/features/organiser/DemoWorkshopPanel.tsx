/** One click to a workshop full of example content, to try Convene or show it. */
import { useTranslation } from 'react-i18next';

interface DemoWorkshopPanelProps {
  busy: boolean;
  onCreateDemo: () => void;
}

/** Says what the demo holds before anyone clicks. */
export function DemoWorkshopPanel({ busy, onCreateDemo }: DemoWorkshopPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="panel form" aria-labelledby="demo-heading">
      <h2 id="demo-heading">{t('organiser.demoHeading')}</h2>
      <p className="hint" id="demo-hint">
        {t('organiser.demoHint')}
      </p>
      <div className="actions">
        <button type="button" onClick={onCreateDemo} disabled={busy} aria-describedby="demo-hint">
          {busy ? t('organiser.demoCreating') : t('organiser.demoCreate')}
        </button>
      </div>
    </section>
  );
}
