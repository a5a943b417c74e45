/**
 * The tracking board of one workshop: loaded once, each recorded assessment appended, and read
 * again in the background so an open page follows what other coalition members change (their
 * assessments, the workshop's joint or single submission). The page is no live session, so it
 * asks rather than listens: when the page comes back into view or focus, and every half minute
 * while it is in view — one small GET, never two at a time, and none while the page is hidden.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Assessment, SubmissionKind, TrackingBoard } from '../../../../shared/tracking.js';
import { fetchBoard } from './trackingApi.js';

export type BoardState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; board: TrackingBoard };

/** How often a page in view reads the board again. */
export const BOARD_REFRESH_MS = 30_000;
/** A focus right after a read (switching windows back and forth) asks nothing new. */
const MIN_GAP_MS = 1_000;

export function useTrackingBoard(workshopId: string, token: string) {
  const [state, setState] = useState<BoardState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Counts this page's own writes: a background read begun before one is older than the page, and is dropped.
  const writes = useRef(0);
  const ready = state.status === 'ready';

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

  useEffect(() => {
    if (!ready) return;
    let active = true;
    let reading = false;
    let lastRead = Date.now();
    const refresh = () => {
      if (!active || reading || document.visibilityState !== 'visible' || Date.now() - lastRead < MIN_GAP_MS) return;
      reading = true;
      const startedWith = writes.current;
      fetchBoard(workshopId, token)
        .then(
          (board) => {
            if (active && writes.current === startedWith) setState((previous) => (previous.status === 'ready' && sameBoard(previous.board, board) ? previous : { status: 'ready', board }));
          },
          // A failed background read leaves the board as it is; the next focus or tick asks again.
          () => undefined,
        )
        .finally(() => {
          reading = false;
          lastRead = Date.now();
        });
    };
    const timer = window.setInterval(refresh, BOARD_REFRESH_MS);
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      active = false;
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [ready, workshopId, token]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  const change = useCallback((update: (board: TrackingBoard) => TrackingBoard) => {
    writes.current += 1;
    setState((previous) => (previous.status === 'ready' ? { status: 'ready', board: update(previous.board) } : previous));
  }, []);
  /** The server's stored copy, appended: the history stays in the order stored. */
  const append = useCallback((assessment: Assessment) => change((board) => ({ ...board, assessments: [...board.assessments, assessment] })), [change]);
  /** The workshop's submission as the server stored it from this page. */
  const setSubmission = useCallback((submission: SubmissionKind) => change((board) => ({ ...board, submission })), [change]);
  return { state, reload, append, setSubmission };
}

/** Whether a read brought nothing new: the page then keeps its board, and renders nothing again. */
const sameBoard = (a: TrackingBoard, b: TrackingBoard) => JSON.stringify(a) === JSON.stringify(b);
