/** `/organiser#key=…`: create a workshop and hand out its links. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateWorkshopRequest, CreateWorkshopResponse } from '../../../shared/api.js';
import { createWorkshop } from '../api/workshopsApi.js';
import { takeFragmentSecret } from '../auth/fragmentSecret.js';
import { loadOrganiserKey, saveOrganiserKey } from '../auth/tokenStore.js';
import { CreatedWorkshopPanel } from '../organiser/CreatedWorkshopPanel.js';
import { CreateWorkshopForm } from '../organiser/CreateWorkshopForm.js';
import { OrganiserKeyPanel } from '../organiser/OrganiserKeyPanel.js';
import { errorMessage } from '../ui/errorMessage.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { PageShell } from '../ui/PageShell.js';

/** Reads the key from the link once, remembers it, and strips it from the address bar. */
function initialKey(): string | null {
  const fromLink = takeFragmentSecret('key');
  if (fromLink) saveOrganiserKey(fromLink);
  return fromLink ?? loadOrganiserKey();
}

/** Key panel, new-workshop form, and the result. */
export function OrganiserView() {
  const { t } = useTranslation();
  const [key, setKey] = useState<string | null>(initialKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ title: string; response: CreateWorkshopResponse } | null>(null);
  const resultHeading = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Move focus to the result so keyboard and screen-reader users land on the links.
    if (created) resultHeading.current?.querySelector('h2')?.focus();
  }, [created]);

  const handleSaveKey = (next: string | null) => {
    saveOrganiserKey(next);
    setKey(next);
  };

  const handleCreate = async (input: CreateWorkshopRequest) => {
    if (!key) {
      setError(t('organiser.needKey'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setCreated({ title: input.title, response: await createWorkshop(key, input) });
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageShell>
      <div className="narrow">
        <h1>{t('organiser.title')}</h1>
        <p className="lead">{t('organiser.intro')}</p>
        <OrganiserKeyPanel savedKey={key} onSave={handleSaveKey} />
        <CreateWorkshopForm busy={busy} onCreate={(input) => void handleCreate(input)} />
        <ErrorNotice message={error} />
        <div ref={resultHeading}>{created && <CreatedWorkshopPanel title={created.title} created={created.response} />}</div>
      </div>
    </PageShell>
  );
}
