/**
 * `record.json`: the complete archive of a workshop, for organisers and for a fresh instance to
 * continue from. Sections with a data model are exported as plain data; the others as their
 * document's JSON. `documents` keeps every section's Yjs state too, so a restore loses nothing.
 */
import type { Accreditation, InvitationList } from './accreditation.js';
import type { GovernmentResponse } from './responses.js';
import type { WorkshopSummary } from './api.js';
import type { ControlRecord } from './events.js';
import type { ExperienceCardData } from './experiences.js';
import type { PlanRowData } from './plan.js';
import type { ClusterData, RecommendationData, Review } from './recommendations.js';
import type { Section } from './sections.js';
import type { StrategyRowData } from './strategy.js';
import type { Assessment, SubmissionKind } from './tracking.js';
import type { RecordCharter, RecordVote, VoteResult, VoteSpec } from './votes.js';

export const RECORD_FORMAT = 'convene-record';
/**
 * The record's version. Each version adds what an older server would silently drop, so an older
 * server refuses a newer record rather than restore part of it; a restore reads every version
 * up to this one. 1: the first. 2: implementation assessments (`assessments`). 3: the invitation
 * list and participants' standing on it (`invitations`). 4: implementation tracking's settings
 * (`tracking`: the mid-term report's joint or single submission).
 */
export const RECORD_VERSION = 4;

/** An implementation assessment in the record: as stored, without the workshop's id (a restore gives it the new one). */
export type RecordAssessment = Omit<Assessment, 'workshopId'>;

/** A recommendation in the record: `cycle` says which review it is from, `cycleNumber` the UPR cycle when known. */
export type RecordRecommendation = Omit<RecommendationData, 'review' | 'cycle'> & { cycle: Review; cycleNumber: number | null };

/** An experience card, marked when it is demo content. */
export type RecordExperienceCard = ExperienceCardData & {
  example: boolean;
  /** Follow-up of the previous review, where a card has it: linked recommendations and how far they were implemented. */
  recommendationKeys: string[];
  assessment: string | null;
  evidence: string;
  themes: string[];
};

/**
 * The invitation list as stored (its version, organisations with their spellings and returning
 * flag, delegates and ballot holders) and each participant's standing on it, by the record's
 * participant ids; a participant without a standing was admitted by the join.
 */
export interface RecordInvitations extends InvitationList {
  accreditations: Accreditation[];
}

/** One participant's attendance: who, for which organisation, and the agenda sessions they were present in. */
export interface RecordAttendance {
  participantId: string;
  name: string;
  organisation: string;
  joinedAt: number;
  /** False when the organiser marked the organisation as a returning coalition member. */
  firstTimeOrganisation: boolean;
  /** When the facilitator removed them from the workshop; null while they take part. What they wrote stays. */
  removedAt: number | null;
  /** The invitation list's canonical name of the organisation they were accredited for; null when unlisted. */
  accreditedOrganisation: string | null;
  /** The listed delegate they are; null when they joined without one. */
  delegate: string | null;
  /** Waiting for the facilitator, or admitted (a participant with no standing was admitted by the join). */
  admission: 'waiting' | 'admitted';
  /** When they were admitted (by the facilitator, or by their personal link); their join when the join admitted them. */
  admittedAt: number | null;
  /** When any device of theirs was last connected; null when never. */
  lastSeenAt: number | null;
  /** Sessions in agenda order, with when the participant was first seen connected during each. */
  sessions: { sessionId: string; title: string; firstSeenAt: number }[];
}

/** A vote exactly as the server keeps it (rules and result), so a restore brings it back whole. */
export interface ArchivedVote {
  id: string;
  spec: VoteSpec;
  charter: { text: string; hash: string } | null;
  openedAt: number;
  closedAt: number | null;
  result: VoteResult | null;
}

export interface WorkshopRecordFile {
  format: typeof RECORD_FORMAT;
  version: typeof RECORD_VERSION;
  exportedAt: string;
  workshop: WorkshopSummary;
  recommendations: RecordRecommendation[];
  clusters: ClusterData[];
  experiences: RecordExperienceCard[];
  /** No data model yet: the plan and strategy documents as JSON (maps as objects, texts as strings). */
  plan: Record<string, unknown>;
  strategy: Record<string, unknown>;
  /** The charter's canonical text and hash (adopted, or the current draft), signatories, and its document as JSON. */
  charter: RecordCharter & { document: Record<string, unknown> };
  /** Every vote with its counts, turnout, quorum and verdict; a secret vote's choices are not kept anywhere. */
  votes: RecordVote[];
  /** The plan and the strategy as rows of their data models (shared/plan.ts, shared/strategy.ts). */
  planRows: PlanRowData[];
  strategyRows: StrategyRowData[];
  /** A dialogue day's Government responses, one per plan row answered (`shared/responses.ts`). */
  responses: GovernmentResponse[];
  /** Participants and the sessions they were present in. */
  attendance: RecordAttendance[];
  /** What the facilitator ran: agenda, locks, the charter's standing, returning organisations. */
  control: ControlRecord;
  /** The votes as stored, for a restore; `votes` above is the readable form of the same. */
  archivedVotes: ArchivedVote[];
  /** Every implementation assessment in the order stored (oldest first); a restore keeps the order and renews the ids. */
  assessments: RecordAssessment[];
  /** Implementation tracking's settings for the workshop: the mid-term report's word limit. */
  tracking: { submission: SubmissionKind };
  /** The invitation list and participants' standing, for a restore; `attendance` above is the readable form. */
  invitations: RecordInvitations;
  /** Each section's full Yjs state, base64-encoded (`Y.encodeStateAsUpdate`). */
  documents: Record<Section, string>;
}
