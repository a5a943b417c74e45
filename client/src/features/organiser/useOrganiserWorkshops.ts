/** The organiser page's three ways to a new workshop (form, demo, archive), and the list they fill. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateWorkshopRequest, CreateWorkshopResponse } from '../../../../shared/api.js';
import { continueWorkshop, createDemoWorkshop, createWorkshop, fetchMe, restoreWorkshop } from '../../infra/api/workshopsApi.js';
import { continueLiveWorkshop } from '../dialogue/continueLiveWorkshop.js';
import { errorMessage } from '../../infra/ui/errorMessage.js';
import { restoreErrorMessage } from './restoreErrorMessage.js';
import { forgetWorkshop, loadWorkshopList, rememberWorkshop, type RememberedWorkshop, type WorkshopOrigin } from './workshopList.js';

/** The workshop shown with its links after one of the three actions. */
export interface ShownWorkshop {
  title: string;
  origin: WorkshopOrigin;
  response: CreateWorkshopResponse;
}

type Action = 'create' | 'demo' | 'restore' | 'continue';

/**
 * The title the server gave a workshop it named (a demo, a dialogue day, which keeps one
 * "— dialogue day" however often it is continued), so the list shows the workshop's own title;
 * `fallback` only when the server cannot be asked.
 */
const titleFromServer = (response: CreateWorkshopResponse, fallback: string): Promise<string> =>
  fetchMe(response.id, response.facilitatorToken).then(
    (me) => me.workshop.title,
    () => fallback,
  );

/** One action at a time; its error is kept apart so it shows beside the panel that caused it. */
export function useOrganiserWorkshops(key: string | null) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Action | null>(null);
  const [error, setError] = useState<{ action: Action; message: string } | null>(null);
  const [shown, setShown] = useState<ShownWorkshop | null>(null);
  const [workshops, setWorkshops] = useState<RememberedWorkshop[]>(loadWorkshopList);

  const run = async (action: Action, make: (key: string) => Promise<Omit<ShownWorkshop, 'origin'>>, origin: WorkshopOrigin) => {
    // One at a time: the panel shown afterwards belongs to one action.
    if (busy) return;
    if (!key) {
      setError({ action, message: t('organiser.needKey') });
      return;
    }
    setBusy(action);
    setError(null);
    try {
      const { title, response } = await make(key);
      setWorkshops(rememberWorkshop(title, origin, response));
      setShown({ title, origin, response });
    } catch (failure) {
      setError({ action, message: action === 'restore' ? restoreErrorMessage(t, failure) : errorMessage(t, failure) });
    } finally {
      setBusy(null);
    }
  };

  const create = (input: CreateWorkshopRequest) =>
    run('create', async (organiserKey) => ({ title: input.title, response: await createWorkshop(organiserKey, input) }), 'created');

  const createDemo = () =>
    run(
      'demo',
      async (organiserKey) => {
        const response = await createDemoWorkshop(organiserKey);
        return { title: await titleFromServer(response, t('organiser.demoFallbackTitle')), response };
      },
      'demo',
    );

  const restore = (recordJson: string, title: string, asDialogue = false) =>
    run(
      'restore',
      async (organiserKey) => {
        const shownTitle = title || t('organiser.restoredFallbackTitle');
        // A dialogue day continues the archive in a new workshop of its own (`shared/dialogue.ts`).
        if (asDialogue) {
          const response = await continueWorkshop(organiserKey, recordJson);
          return { title: await titleFromServer(response, t('dialogueJoin.organiser.title', { title: shownTitle })), response };
        }
        return { title: shownTitle, response: await restoreWorkshop(organiserKey, recordJson) };
      },
      asDialogue ? 'dialogue' : 'restored',
    );

  /** A dialogue day continuing a live workshop of this device's list; the origin is only read. */
  const continueLive = (workshop: RememberedWorkshop) =>
    run(
      'continue',
      async (organiserKey) => {
        const response = await continueLiveWorkshop(organiserKey, workshop.id);
        return { title: await titleFromServer(response, t('dialogueJoin.organiser.title', { title: workshop.title })), response };
      },
      'dialogue',
    );

  const forget = (id: string) => setWorkshops(forgetWorkshop(id));

  const errorOf = (action: Action) => (error?.action === action ? error.message : null);
  return { busy, errorOf, shown, workshops, create, createDemo, restore, continueLive, forget };
}
