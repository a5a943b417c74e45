/**
 * The facilitator's attendance roster (`roster:list`): the invitation list by organisation, with
 * who was admitted, who is present now and when the others were last seen. Zod-free: the console
 * imports the types only.
 */
import type { Admission } from './accreditation.js';

/** One person: a listed delegate (who may not have come), or a participant the list does not name. */
export interface RosterPerson {
  /** The listed delegate, or null for a participant not on the list. */
  delegateId: string | null;
  /** Their sessions in the workshop (one per device group; none when they never came), for the removal button. */
  participantIds: string[];
  name: string;
  /** Null for a listed delegate who has not come. */
  admission: Admission | null;
  admittedAt: number | null;
  present: boolean;
  /** When any of their devices was last connected; null when never. */
  lastSeenAt: number | null;
  /** When their personal link was issued; null when they have none. */
  linkIssuedAt: number | null;
}

export interface RosterOrganisation {
  /** The listed organisation, or null for a name people typed that the list does not hold. */
  organisationId: string | null;
  name: string;
  /** Not a returning coalition member: welcomed as a newcomer. */
  firstTime: boolean;
  people: RosterPerson[];
}

/** Counts: every role may see these (the projector shows them; never names). */
export interface AttendanceCounts {
  /** Delegates on the invitation list. */
  registered: number;
  /** People admitted (listed delegates who came, and participants let in). */
  admitted: number;
  present: number;
}

export interface AttendanceRoster {
  organisations: RosterOrganisation[];
  counts: AttendanceCounts;
}
