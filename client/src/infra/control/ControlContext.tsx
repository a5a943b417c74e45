/** The page's control connection for React: one per mounted page, shared by every panel through context. */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { ControlConnection, type ControlSnapshot } from './ControlConnection.js';

const ControlContext = createContext<ControlConnection | null>(null);
const notConnected = createStore<ControlSnapshot>(() => ({ link: 'connecting', state: null, clockOffsetMs: 0 }));

interface ControlProviderProps {
  token: string | null;
  /** Where the last state is kept on this device (`lastKnownStateKey`), so the page opens offline where the room was. */
  rememberAs?: string;
  children: ReactNode;
}

/** Connects while mounted (and while a token is known) and gives the connection to the panels below. */
export function ControlProvider({ token, rememberAs, children }: ControlProviderProps) {
  const [connection, setConnection] = useState<ControlConnection | null>(null);
  useEffect(() => {
    if (!token) return;
    const next = new ControlConnection(token, { rememberAs });
    // The connection is the outside resource this effect opens; state hands it to the panels.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setConnection(next);
    return () => {
      next.close();
      setConnection(null);
    };
  }, [token, rememberAs]);
  return <ControlContext.Provider value={connection}>{children}</ControlContext.Provider>;
}

/** The connection, or null before it is opened. */
export function useControlConnection(): ControlConnection | null {
  return useContext(ControlContext);
}

/** A slice of the control snapshot; select a stable value (a field, not a new object). */
export function useControl<T>(select: (snapshot: ControlSnapshot) => T): T {
  const connection = useContext(ControlContext);
  return useStore(connection?.store ?? notConnected, select);
}
