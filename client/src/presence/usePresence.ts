/** Presence for React: one control-channel connection per mounted workspace. */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { connectPresence, type PresenceState } from './presenceStore.js';

const idle = createStore<PresenceState>(() => ({ connection: 'connecting', presence: [] }));

/** Connects while mounted (and while a token is known) and returns the current presence. */
export function usePresence(token: string | null): PresenceState {
  const [feed, setFeed] = useState<ReturnType<typeof connectPresence> | null>(null);
  useEffect(() => {
    if (!token) return;
    const next = connectPresence(token);
    setFeed(next);
    return () => next.close();
  }, [token]);
  return useStore(feed?.store ?? idle);
}
