/**
 * The dialogue day: a workshop continued from another (its recommendations, plan and charter
 * copied), among stakeholder layers. A Yjs document cannot be filtered per reader, so what a
 * layer may not see lives in documents that layer never opens: the layers other than CSOs, and
 * the projector (the room's screen, which they watch), read only `DIALOGUE_SHARED_SECTIONS`.
 * No zod here: the client imports it.
 */
import type { Role } from './roles.js';
import type { Section } from './sections.js';
import type { Threshold } from './voteKinds.js';

/** Who a participant speaks for. Outside a dialogue day everyone is a CSO delegate. */
export const LAYERS = ['cso', 'government', 'un', 'nhrc'] as const;
export type Layer = (typeof LAYERS)[number];

/** Layers that name the body they come from (a ministry or agency; a UN agency). */
export const LAYERS_WITH_BODY: readonly Layer[] = ['government', 'un'];

/** What every layer opens on a dialogue day; the rest (experiences, recommendations with their comments, strategy) stays among CSOs. */
export const DIALOGUE_SHARED_SECTIONS: readonly Section[] = ['plan', 'charter', 'responses'];

export const GOVERNMENT_POSITIONS = ['accepts', 'will-consider', 'declines'] as const;
export type GovernmentPosition = (typeof GOVERNMENT_POSITIONS)[number];

/** How a joint commitment was confirmed: a vote of the room, or the facilitator recording named representatives' agreement. */
export interface JointCommitment {
  rowId: string;
  confirmedAt: number;
  /** The passed vote that confirmed it, when the room voted. */
  voteId: string | null;
  /** The representatives whose agreement the facilitator recorded (at least one Government, one CSO). */
  representatives: { name: string; organisation: string | null; layer: Layer }[];
  /** The vote's count when the room voted (absent from commitments recorded before tallies were kept). */
  tally?: CommitmentTally | null;
}

/** What the room's vote on a commitment counted: choices, ballots against voters present, and the rule it passed by. */
export interface CommitmentTally {
  counts: Record<string, number>;
  ballots: number;
  present: number;
  threshold: Threshold;
}

/** The dialogue day's part of the control record; null on an ordinary workshop. */
export interface DialogueRecord {
  /** The workshop it continues, live or from its archive. */
  origin: { workshopId: string | null; title: string };
  /** Joint commitments by plan row id. */
  commitments: Record<string, JointCommitment>;
  /**
   * Rows claimed by `commitment:put-to-vote`, by plan row id: the vote about it (null while it is
   * being opened) and when it was claimed. Kept in the record, not in one instance's open votes,
   * so two clicks, two consoles or two instances cannot open two votes on one row; the vote's
   * settling releases it. Absent from records written before claims were kept.
   */
  voting?: Record<string, CommitmentClaim>;
}

/** A plan row's claim while the room votes on it. */
export interface CommitmentClaim {
  voteId: string | null;
  claimedAt: number;
}

/** `full`: every section. `shared`: only `DIALOGUE_SHARED_SECTIONS`, with nothing CSO-internal in the control state. */
export type Visibility = 'full' | 'shared';

/** What a reader sees: facilitators and CSO delegates everything; other layers and the projector only what is shared. */
export function visibilityOf(dialogue: boolean, role: Role, layer: Layer | null): Visibility {
  if (!dialogue || role === 'facilitator' || role === 'organiser') return 'full';
  return role === 'participant' && layer === 'cso' ? 'full' : 'shared';
}

/** Whether a reader of this visibility may open `section`. */
export function maySeeSection(visibility: Visibility, section: Section): boolean {
  return visibility === 'full' || DIALOGUE_SHARED_SECTIONS.includes(section);
}

/**
 * Who writes what on a dialogue day: the Government its responses, CSOs their own documents
 * (the plan included), UN agencies and the NHRC read. Outside a dialogue day no one is
 * Government, so `responses` is written by the facilitator only.
 */
export function layerMayWrite(dialogue: boolean, layer: Layer | null, section: Section): boolean {
  if (section === 'responses') return layer === 'government' && dialogue;
  if (!dialogue) return true;
  return layer === 'cso';
}
