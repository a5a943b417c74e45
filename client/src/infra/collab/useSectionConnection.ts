/** A section connection tied to a component's lifetime. */
import { useEffect, useState } from 'react';
import type { Section } from '../../../../shared/sections.js';
import { SectionConnection } from './SectionConnection.js';

interface Opened {
  workshopId: string;
  section: Section;
  connection: SectionConnection;
}

/**
 * Opens the section while mounted; null until the first effect runs, without a token, or without
 * a section. When the page moves to another section, the previous connection is never returned
 * for the new one (in the render before the effect swaps them), so a view never sees a document
 * of another section.
 */
export function useSectionConnection(workshopId: string, section: Section | null, token: string | null): SectionConnection | null {
  const [opened, setOpened] = useState<Opened | null>(null);
  useEffect(() => {
    if (!token || !section) return;
    const connection = new SectionConnection({ workshopId, section, token });
    // The connection is the outside resource this effect opens; state hands it to the render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOpened({ workshopId, section, connection });
    return () => {
      connection.destroy();
      setOpened(null);
    };
  }, [workshopId, section, token]);
  return opened && opened.workshopId === workshopId && opened.section === section ? opened.connection : null;
}
