/**
 * The attendance roster from the server (`roster:list`), asked again on (re)connecting, whenever
 * someone arrives or leaves, when the invitation list or the returning marks change, or when the
 * caller asks. Arrivals come in bursts (200 people in the first minutes of a morning): those asks
 * are coalesced, at most one read a second and never two at once (`coalescedRead`).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttendanceRoster } from '../../../../shared/attendanceRoster.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { type CommandRunner, useCommand } from '../../infra/control/useCommand.js';
import { type CoalescedRead, coalescedRead } from './coalescedRead.js';

/** At most one roster read per this long while people keep arriving. */
export const ROSTER_READ_WINDOW_MS = 1000;

export interface AttendanceRosterHandle {
  roster: AttendanceRoster | null;
  /** Reads at once (after the facilitator's own change). */
  refresh: () => Promise<void>;
  command: CommandRunner;
}

export function useAttendanceRoster(): AttendanceRosterHandle {
  const command = useCommand();
  const [roster, setRoster] = useState<AttendanceRoster | null>(null);
  // The presence list changes on every arrival and departure: the roster follows it.
  const presence = useControl((snapshot) => snapshot.state?.presence ?? null);
  const listVersion = useControl((snapshot) => snapshot.state?.accreditation.list?.version ?? null);
  const returning = useControl((snapshot) => snapshot.state?.returningOrganisations ?? null);
  // A page opened from its kept state has presence before the socket connects: ask once connected.
  const connected = useControl((snapshot) => snapshot.link === 'connected');
  const { run } = command;
  const refresh = useCallback(async () => {
    const outcome = await run('roster:list');
    if (outcome.ok) setRoster(outcome.roster);
  }, [run]);
  const reads = useRef<CoalescedRead | null>(null);
  useEffect(() => {
    const coalesced = coalescedRead(refresh, ROSTER_READ_WINDOW_MS);
    reads.current = coalesced;
    return () => coalesced.cancel();
  }, [refresh]);
  useEffect(() => {
    if (presence && connected) reads.current?.ask();
  }, [presence, listVersion, returning, connected]);
  return { roster, refresh, command };
}
