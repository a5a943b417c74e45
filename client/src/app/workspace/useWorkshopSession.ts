/**
 * Who this page is, for one workshop and role: the token (from the link's fragment or from this
 * device), then the server's answer to "who am I". The last answer is kept so a page reloaded
 * during an outage still opens its offline copy.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MeResponse } from '../../../../shared/api.js';
import type { Role } from '../../../../shared/roles.js';
import { ApiFailure } from '../../infra/api/http.js';
import { fetchMe } from '../../infra/api/workshopsApi.js';
import { takeFragmentSecrets } from '../../infra/auth/fragmentSecret.js';
import { loadToken, saveToken } from '../../infra/auth/tokenStore.js';
import { forgetKeptCopies, keepCopy, keptCopyKeys, readKeptCopy } from '../../infra/offline/keptCopies.js';

export type WorkshopSession =
  | { kind: 'loading' }
  | { kind: 'ready'; token: string; me: MeResponse }
  | { kind: 'noToken' }
  | { kind: 'refused' }
  | { kind: 'failed'; error: unknown };

/**
 * Takes a token from the fragment (and stores it), else the one stored for this workshop and role.
 * A facilitator link also carries the projector's token, kept so the console can hand it out.
 */
function resolveToken(workshopId: string, role: Role): string | null {
  const { token: fromLink, projector } = takeFragmentSecrets('token', 'projector');
  if (fromLink) saveToken(workshopId, role, fromLink);
  if (role === 'facilitator' && projector) saveToken(workshopId, 'projector', projector);
  return fromLink ?? loadToken(workshopId, role);
}

/** The answer kept from the last visit, while it is kept (`offline/keptCopies.ts`). */
function keptMe(workshopId: string, role: Role): MeResponse | null {
  const kept = readKeptCopy(keptCopyKeys(workshopId, role).me) as Partial<MeResponse> | null;
  return kept?.workshop && kept.identity ? (kept as MeResponse) : null;
}

/**
 * A venue Wi-Fi can hold a request for a minute without failing it; a page that has a kept
 * answer opens with it after this long (the real answer still replaces it when it comes).
 */
const KEPT_ANSWER_AFTER_MS = 4000;

/**
 * Loads the session once per workshop and role. Offline (the browser says so, the request
 * fails, or it hangs), the answer kept from the last visit opens the page; a refusal that
 * arrives later still closes it.
 */
export function useWorkshopSession(workshopId: string, role: Role): WorkshopSession & { reload: () => void } {
  const [token] = useState(() => resolveToken(workshopId, role));
  const [session, setSession] = useState<WorkshopSession>(token ? { kind: 'loading' } : { kind: 'noToken' });
  // Bumped to ask again (a waiting participant admitted); the page keeps what it shows until the answer comes.
  const [asked, setAsked] = useState(0);
  const reload = useCallback(() => setAsked((n) => n + 1), []);

  useEffect(() => {
    if (!token) return;
    let current = true;
    const kept = keptMe(workshopId, role);
    const openWithKept = () => {
      if (current && kept) setSession((previous) => (previous.kind === 'loading' ? { kind: 'ready', token, me: kept } : previous));
    };
    if (!navigator.onLine) openWithKept();
    const keptTimer = setTimeout(openWithKept, KEPT_ANSWER_AFTER_MS);
    fetchMe(workshopId, token).then(
      (me) => {
        keepCopy(keptCopyKeys(workshopId, role).me, me);
        if (current) setSession({ kind: 'ready', token, me });
      },
      (error: unknown) => {
        if (!current) return;
        const refused = error instanceof ApiFailure && (error.status === 401 || error.status === 403);
        if (refused) {
          saveToken(workshopId, role, null);
          forgetKeptCopies(workshopId, role);
          setSession({ kind: 'refused' });
          return;
        }
        const offlineCopy = error instanceof ApiFailure && error.code === 'network' ? kept : null;
        setSession((previous) =>
          previous.kind === 'ready' ? previous : offlineCopy ? { kind: 'ready', token, me: offlineCopy } : { kind: 'failed', error },
        );
      },
    );
    return () => {
      current = false;
      clearTimeout(keptTimer);
    };
  }, [workshopId, role, token, asked]);

  return { ...session, reload };
}
