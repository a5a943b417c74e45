/**
 * Who this page is, for panels deep in a view: the workshop, the token (to open another section
 * or call the API) and the server's identity (the author of comments). Set once per page.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Identity } from '../../../../shared/api.js';

export interface PageSession {
  workshopId: string;
  token: string;
  identity: Identity;
}

const SessionContext = createContext<PageSession | null>(null);

/** Gives the page's session to every panel below. */
export function SessionProvider({ session, children }: { session: PageSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The page's session, or null on a page without one (the projector, tests). */
export function usePageSession(): PageSession | null {
  return useContext(SessionContext);
}
