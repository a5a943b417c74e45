/** What every stage's working view receives; apart from the table of views, which imports the views. */
import type * as Y from 'yjs';

export interface StageViewProps {
  doc: Y.Doc;
  /** The section is locked for this reader. */
  readOnly: boolean;
  /** The server has synced the section once on this page: what it stored is here (a view that must not write before then waits). */
  synced: boolean;
  /** The facilitator may put items on the projector. */
  canSpotlight: boolean;
}
