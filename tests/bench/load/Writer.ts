/**
 * A typing participant: a light client that also holds its own Y.Doc with one entry, and types
 * by appending a small marked string to that entry's text, sending each edit as one update.
 */
import * as Y from 'yjs';
import { markerText } from './editMarker.js';
import type { LightClient } from './LightClient.js';
import { encodeUpdateMessage } from './wire.js';

/** A light client that types marked edits into its own entry. */
export class Writer {
  private readonly doc = new Y.Doc();
  private readonly text = new Y.Text();

  constructor(private readonly client: LightClient, private readonly name: string) {
    this.doc.on('update', (update: Uint8Array) => this.client.send(encodeUpdateMessage(update)));
  }

  /** Adds this writer's entry to the shared list (before the measured window). */
  createEntry(): void {
    const entry = new Y.Map<unknown>();
    this.doc.getArray<Y.Map<unknown>>('entries').push([entry]);
    entry.set('author', this.name);
    entry.set('text', this.text);
  }

  /** Types edit `id`: one small insert at the end of the entry, sent at once. */
  type(id: number): void {
    this.text.insert(this.text.length, markerText(id));
  }

  close(): void {
    this.doc.destroy();
  }
}
