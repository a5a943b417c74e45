/**
 * Links carry secrets in the fragment (`#token=…`, `#key=…`): browsers never send it to the
 * server. Once read, it is removed from the address bar so it does not end up in a screenshot
 * on the projector, in the history list or in a shared tab.
 */

/** Reads each of `names` from the fragment and removes the whole fragment from the address. */
export function takeFragmentSecrets<Name extends string>(...names: Name[]): Record<Name, string | null> {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const values = Object.fromEntries(names.map((name) => [name, fragment.get(name)?.trim() || null])) as Record<Name, string | null>;
  if (window.location.hash) {
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
  return values;
}

/** Reads `name` from the fragment and removes the whole fragment from the address. */
export function takeFragmentSecret(name: string): string | null {
  return takeFragmentSecrets(name)[name] ?? null;
}
