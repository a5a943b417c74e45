/** A section connection tied to a component's lifetime. */
import { useEffect, useState } from 'react';
import type { Section } from '../../../shared/sections.js';
import { SectionConnection } from './SectionConnection.js';

/** Opens the section while mounted; null until the first effect runs, without a token, or without a section. */
export function useSectionConnection(workshopId: string, section: Section | null, token: string | null): SectionConnection | null {
  const [connection, setConnection] = useState<SectionConnection | null>(null);
  useEffect(() => {
    if (!token || !section) return;
    const next = new SectionConnection({ workshopId, section, token });
    setConnection(next);
    return () => {
      next.destroy();
      setConnection(null);
    };
  }, [workshopId, section, token]);
  return connection;
}
