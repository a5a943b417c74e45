/** The attendance roster from the server (`roster:list`), asked again on (re)connecting, whenever someone arrives or leaves, or when the caller asks. */
import { useCallback, useEffect, useState } from 'react';
import type { AttendanceRoster } from '../../../../shared/attendanceRoster.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { type CommandRunner, useCommand } from '../../infra/control/useCommand.js';

export interface AttendanceRosterHandle {
  roster: AttendanceRoster | null;
  refresh: () => Promise<void>;
  command: CommandRunner;
}

export function useAttendanceRoster(): AttendanceRosterHandle {
  const command = useCommand();
  const [roster, setRoster] = useState<AttendanceRoster | null>(null);
  // The presence list changes on every arrival and departure: the roster follows it.
  const presence = useControl((snapshot) => snapshot.state?.presence ?? null);
  // A page opened from its kept state has presence before the socket connects: ask once connected.
  const connected = useControl((snapshot) => snapshot.link === 'connected');
  const { run } = command;
  const refresh = useCallback(async () => {
    const outcome = await run('roster:list');
    if (outcome.ok) setRoster(outcome.roster);
  }, [run]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- asks the server; the roster is set when it answers
    if (presence && connected) void refresh();
  }, [presence, connected, refresh]);
  return { roster, refresh, command };
}
