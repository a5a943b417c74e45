/** `/organiser#key=…`: create a workshop (or a demo, or one restored from its archive), hand out its links, export. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { takeFragmentSecret } from '../../infra/auth/fragmentSecret.js';
import { loadOrganiserKey, saveOrganiserKey } from '../../infra/auth/tokenStore.js';
import { CreatedWorkshopPanel } from '../../features/organiser/CreatedWorkshopPanel.js';
import { CreateWorkshopForm } from '../../features/organiser/CreateWorkshopForm.js';
import { DemoWorkshopPanel } from '../../features/organiser/DemoWorkshopPanel.js';
import { OrganiserKeyPanel } from '../../features/organiser/OrganiserKeyPanel.js';
import { RestoreWorkshopPanel } from '../../features/organiser/RestoreWorkshopPanel.js';
import { useOrganiserWorkshops } from '../../features/organiser/useOrganiserWorkshops.js';
import { YourWorkshopsPanel } from '../../features/organiser/YourWorkshopsPanel.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { PageShell } from '../../infra/ui/PageShell.js';
import '../../features/organiser/organiser.css';

/** Reads the key from the link once, remembers it, and strips it from the address bar. */
function initialKey(): string | null {
  const fromLink = takeFragmentSecret('key');
  if (fromLink) saveOrganiserKey(fromLink);
  return fromLink ?? loadOrganiserKey();
}

/** Key panel, the three ways to a workshop, the result, and this device's workshops. */
export function OrganiserView() {
  const { t } = useTranslation();
  const [key, setKey] = useState<string | null>(initialKey);
  const { busy, errorOf, shown, workshops, create, createDemo, restore, continueLive, forget } = useOrganiserWorkshops(key);
  const resultHeading = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Move focus to the result so keyboard and screen-reader users land on the links.
    if (shown) resultHeading.current?.querySelector('h2')?.focus();
  }, [shown]);

  const handleSaveKey = (next: string | null) => {
    saveOrganiserKey(next);
    setKey(next);
  };

  return (
    <PageShell>
      <div className="narrow">
        <h1>{t('organiser.title')}</h1>
        <p className="lead">{t('organiser.intro')}</p>
        <OrganiserKeyPanel savedKey={key} onSave={handleSaveKey} />
        <div ref={resultHeading}>{shown && <CreatedWorkshopPanel title={shown.title} origin={shown.origin} created={shown.response} />}</div>
        <CreateWorkshopForm busy={busy === 'create'} onCreate={(input) => void create(input)} />
        <ErrorNotice message={errorOf('create')} />
        <DemoWorkshopPanel busy={busy === 'create'} onCreateDemo={() => void createDemo()} />
        <ErrorNotice message={errorOf('demo')} />
        <RestoreWorkshopPanel busy={busy === 'restore'} onRestore={(text, title, asDialogue) => void restore(text, title, asDialogue)} />
        <ErrorNotice message={errorOf('restore')} />
        <YourWorkshopsPanel workshops={workshops} onForget={forget} continuing={busy === 'continue'} onContinue={(workshop) => void continueLive(workshop)} />
        <ErrorNotice message={errorOf('continue')} />
      </div>
    </PageShell>
  );
}
