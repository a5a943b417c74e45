/** The page's control connection for React: one per mounted page, shared by every panel through context. */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { ControlConnection, type ControlSnapshot } from './ControlConnection.js';

const ControlContext = createContext<ControlConnection | null>(null);
const notConnected = createStore<ControlSnapshot>(() => ({ link: 'connecting', state: null, clockOffsetMs: 0 }));

/** Connects while mounted (and while a token is known) and gives the connection to the panels below. */
export function ControlProvider({ token, children }: { token: string | null; children: ReactNode }) {
  const [connection, setConnection] = useState<ControlConnection | null>(null);
  useEffect(() => {
    if (!token) return;
    const next = new ControlConnection(token);
    setConnection(next);
    return () => {
      next.close();
      setConnection(null);
    };
  }, [token]);
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
