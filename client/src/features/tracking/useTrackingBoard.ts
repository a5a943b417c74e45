/** The tracking board of one workshop: loaded once, then each recorded assessment appended. */
import { useCallback, useEffect, useState } from 'react';
import type { Assessment, TrackingBoard } from '../../../../shared/tracking.js';
import { fetchBoard } from './trackingApi.js';

export type BoardState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; board: TrackingBoard };

export function useTrackingBoard(workshopId: string, token: string) {
  const [state, setState] = useState<BoardState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    fetchBoard(workshopId, token).then(
      (board) => current && setState({ status: 'ready', board }),
      (error: unknown) => current && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [workshopId, token, attempt]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  /** The server's stored copy, appended: the history stays in the order stored. */
  const append = useCallback(
    (assessment: Assessment) =>
      setState((previous) => (previous.status === 'ready' ? { status: 'ready', board: { ...previous.board, assessments: [...previous.board.assessments, assessment] } } : previous)),
    [],
  );
  return { state, reload, append };
}
