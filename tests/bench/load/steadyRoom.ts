/**
 * The clients of a steady phase, all in one room: writers first, then stock providers, then
 * light receivers. Every one of them is a receiver in the delivery log, indexed in that order.
 */
import type { SteadyPlan } from '../protocol.js';
import type { DeliveryLog } from './DeliveryLog.js';
import { scanMarkers } from './editMarker.js';
import { sleep } from './ipc.js';
import { LightClient } from './LightClient.js';
import { roomUrl } from './roomUrl.js';
import { StockClient } from './StockClient.js';
import { Writer } from './Writer.js';

/** Clients connect in waves so that setting up a steady phase is not itself a join storm. */
const WAVE_SIZE = 50;
const WAVE_GAP_MS = 100;

/** Connects and closes a steady phase's clients. */
export class SteadyRoom {
  readonly writers: Writer[] = [];
  readonly stock: StockClient[] = [];
  private readonly light: LightClient[] = [];

  constructor(private readonly plan: SteadyPlan, private readonly log: DeliveryLog) {}

  /** Connects every client and resolves when all are in the room (synced, where that exists). */
  async connect(): Promise<void> {
    const waits: Promise<void>[] = [];
    for (let index = 0; index < this.plan.clients; index++) {
      waits.push(this.connectOne(index));
      if ((index + 1) % WAVE_SIZE === 0) await sleep(WAVE_GAP_MS);
    }
    await Promise.all(waits);
  }

  close(): void {
    for (const writer of this.writers) writer.close();
    for (const client of this.stock) client.close();
    for (const client of this.light) client.close();
  }

  private connectOne(index: number): Promise<void> {
    const { writers, stockClients } = this.plan;
    const target = instanceOf(this.plan, index) === 1 && this.plan.otherTarget ? this.plan.otherTarget : this.plan.target;
    const receive = (bytes: Uint8Array, now: number) => scanMarkers(bytes, (id) => this.log.recordReceipt(index, id, now));
    if (index >= writers && index < writers + stockClients) {
      const client = new StockClient(target.wsBase, target.section, target.token, receive);
      this.stock.push(client);
      // On the relay a provider is only synced once a peer answers; being connected is enough.
      return target.serverKeepsDocument ? client.synced : client.connected;
    }
    const client = new LightClient({ url: roomUrl(target), serverKeepsDocument: target.serverKeepsDocument, onFrame: receive });
    this.light.push(client);
    if (index < writers) this.writers.push(new Writer(client, `writer-${index}`));
    return client.synced;
  }
}

/**
 * Which instance a client joins: 0, the writers' (`target`), or 1 (`otherTarget`, when the plan
 * has one). Writers stay on 0; the others alternate, stock providers included.
 */
export function instanceOf(plan: SteadyPlan, index: number): 0 | 1 {
  if (!plan.otherTarget || index < plan.writers) return 0;
  return (index - plan.writers) % 2 === 0 ? 0 : 1;
}
