/** Another section's document for a view that shows it beside its own (the plan lists recommendations). */
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { Section } from '../../../../shared/sections.js';
import { acquireConnection } from './sharedConnections.js';
import { usePageSession } from './SessionContext.js';

/** The page's shared connection to `section` while mounted; null until open or without a session. */
export function useSectionDoc(section: Section): Y.Doc | null {
  const session = usePageSession();
  const workshopId = session?.workshopId ?? null;
  const token = session?.token ?? null;
  const [doc, setDoc] = useState<Y.Doc | null>(null);
  useEffect(() => {
    if (!workshopId || !token) return;
    const { connection, release } = acquireConnection(workshopId, section, token);
    // The shared connection is the outside resource this effect acquires; state hands its document to the render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDoc(connection.doc);
    return () => {
      release();
      setDoc(null);
    };
  }, [workshopId, section, token]);
  return doc;
}
