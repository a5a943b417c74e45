/**
 * A live value read from a Yjs type (or anything else that reports changes) as plain data, in
 * the shape `useSyncExternalStore` needs: the snapshot is re-read after each change and stays the
 * same object until `same` says the new reading differs, so React re-renders only then.
 */
/** Calls `onChange` after each change of what a snapshot reads; returns what stops it. */
export type Watch<Source> = (source: Source, onChange: () => void) => () => void;

/** How to read one live value: where its changes come from, what to read, when it changed. */
export interface SnapshotSpec<Source, T> {
  watch: Watch<Source>;
  read: (source: Source) => T;
  /** Whether two readings are the same for the view; `Object.is` by default. */
  same?: (a: T, b: T) => boolean;
}

/** A Yjs type of any kind: only its observe methods are used, with handlers that ignore the events. */
interface ObservableType {
  observe(handler: () => void): void;
  unobserve(handler: () => void): void;
  observeDeep(handler: () => void): void;
  unobserveDeep(handler: () => void): void;
}

/** Changes to the type's own keys or items only: typing in a nested text does not count. */
export function shallowChanges<Source>(typeOf: (source: Source) => ObservableType): Watch<Source> {
  return (source, onChange) => {
    const type = typeOf(source);
    type.observe(onChange);
    return () => type.unobserve(onChange);
  };
}

/** Every change inside the type, nested types included. */
export function deepChanges<Source>(typeOf: (source: Source) => ObservableType): Watch<Source> {
  return (source, onChange) => {
    const type = typeOf(source);
    type.observeDeep(onChange);
    return () => type.unobserveDeep(onChange);
  };
}

/** Two arrays of the same length whose items are pairwise the same. */
export function sameItems<T>(same: (a: T, b: T) => boolean): (a: readonly T[], b: readonly T[]) => boolean {
  return (a, b) => a.length === b.length && a.every((item, i) => same(item, b[i] as T));
}

/** One live value of one source; it watches the source only while someone listens. */
export class SnapshotStore<Source, T> {
  private current: T;
  private readonly listeners = new Set<() => void>();
  private stopWatching: (() => void) | null = null;

  constructor(
    private readonly source: Source,
    private readonly spec: SnapshotSpec<Source, T>,
  ) {
    this.current = spec.read(source);
  }

  /** The last reading: the same object until a change makes a different one. */
  readonly snapshot = (): T => this.current;

  /** Re-reads on the first listener, as changes made while nobody listened went unseen. */
  readonly subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      this.refresh();
      this.stopWatching = this.spec.watch(this.source, this.refresh);
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.stopWatching?.();
      this.stopWatching = null;
    };
  };

  private readonly refresh = (): void => {
    const next = this.spec.read(this.source);
    if ((this.spec.same ?? Object.is)(next, this.current)) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  };
}
