/** A console side panel that folds away: the console fits a 1366×768 laptop with what is needed now open. */
import type { ReactNode } from 'react';

interface ConsolePanelProps {
  id: string;
  title: string;
  /** Open when the console opens; the facilitator's own toggling wins afterwards. */
  defaultOpen?: boolean;
  children: ReactNode;
}

/**
 * `<details>`: keyboard and screen readers know it without any script. The panel inside keeps
 * its own heading for assistive technology; console.css hides it visually under this summary.
 */
export function ConsolePanel({ id, title, defaultOpen = false, children }: ConsolePanelProps) {
  return (
    <details className="console-panel" open={defaultOpen} data-panel={id}>
      <summary className="console-panel__summary">{title}</summary>
      <div className="console-panel__body">{children}</div>
    </details>
  );
}
