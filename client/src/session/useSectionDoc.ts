/** Another section's document for a view that shows it beside its own (the plan lists recommendations). */
import type * as Y from 'yjs';
import type { Section } from '../../../shared/sections.js';
import { useSectionConnection } from '../collab/useSectionConnection.js';
import { usePageSession } from './SessionContext.js';

/** Opens `section` with the page's token while mounted; null until open or without a session. */
export function useSectionDoc(section: Section): Y.Doc | null {
  const session = usePageSession();
  const connection = useSectionConnection(session?.workshopId ?? '', session ? section : null, session?.token ?? null);
  return connection?.doc ?? null;
}
