/** The room's current session and stage, from the control state. */
import type { AgendaSession } from '../../../../shared/agenda.js';
import { findSession, type Stage } from '../../../../shared/agendaReading.js';
import { useControl } from '../../infra/control/ControlContext.js';

/** Null session before the facilitator starts the agenda. */
export function useRoomSession(): { session: AgendaSession | null; stage: Stage | null } {
  const agenda = useControl((snapshot) => snapshot.state?.agenda ?? null);
  const currentId = useControl((snapshot) => snapshot.state?.currentSessionId ?? null);
  const stage = useControl((snapshot) => snapshot.state?.stage ?? null);
  return { session: agenda && currentId ? findSession(agenda, currentId) : null, stage };
}
