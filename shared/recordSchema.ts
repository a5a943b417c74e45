/**
 * What `POST /api/workshops/import` accepts: a `record.json` as exported, checked field by field
 * before anything is written. Only what a restore uses is checked closely (the workshop, each
 * section's Yjs state, the control record, the stored votes, attendance); the readable parts
 * are derived again from the states and are ignored.
 */
import { z } from 'zod';
import { sessionFields } from './agenda.js';
import { LAYERS } from './dialogue.js';
import { LIMITS } from './limits.js';
import { MAX_ROOM_PRIORITIES, PRIORITIES } from './priorities.js';
import { RECORD_FORMAT, RECORD_VERSION } from './record.js';
import { SECTIONS } from './sections.js';
import { ADMISSIONS } from './accreditation.js';
import { ENTRY_MODES } from './entryMode.js';
import { SUBMISSION_KINDS } from './tracking.js';
import { recordAssessmentRequest } from './trackingSchema.js';
import { WORKSHOP_LANGUAGES } from './workshopLanguage.js';
import { THRESHOLDS, openVotePayload, voteResultSchema as voteResult } from './votes.js';

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().max(max);
const time = z.number().int().min(0);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Standard base64 only: anything else is not what Convene wrote. */
const base64 = z.string().max(LIMITS.maxRecordBytes).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');
const hash = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest');

const controlRecord = z.object({
  agenda: z.object({
    days: z.array(z.object({ id, title: text(200), sessions: z.array(sessionFields.extend({ id })).max(200) })).max(30),
  }),
  currentSessionId: id.nullable(),
  timer: z.object({ durationMs: time, endsAt: time.nullable(), remainingMs: time }),
  // Archives written before a section existed have no lock for it; a restore fills it in.
  locks: z.partialRecord(z.enum(SECTIONS), z.boolean()),
  spotlight: z.object({ section: z.enum(SECTIONS), itemId: id }).nullable(),
  // No count limits where the live workshop keeps none (raised hands, returning organisations,
  // signatories, votes, attendance, standings): the record's own size bounds them.
  hands: z.array(z.unknown()),
  returningOrganisations: z.array(text(LIMITS.maxOrganisationLength)),
  // Absent from records exported before the room's priorities left the recommendations document.
  priorities: z
    .record(text(200), z.enum(PRIORITIES))
    .refine((value) => Object.keys(value).length <= MAX_ROOM_PRIORITIES, 'too many priorities')
    .optional()
    .default({}),
  language: z.enum(WORKSHOP_LANGUAGES).optional().default('en'),
  charter: z.object({
    frozen: z.boolean(),
    adoptionVoteId: id.nullable(),
    adopted: z.object({ text: text(1_000_000), hash, voteId: id, result: voteResult, adoptedAt: time }).nullable(),
    signatories: z.array(z.object({ organisation: text(LIMITS.maxOrganisationLength), name: text(LIMITS.maxNameLength), participantId: id, signedAt: time })),
  }),
  // Archives written before the room's screen was control state have none.
  projector: z.object({ resultsFrom: time, joinCodeLarge: z.boolean() }).optional(),
  // Archives written before entry modes were open to anyone with the code.
  entryMode: z.enum(ENTRY_MODES).optional().default('open'),
  // Only a dialogue day has one (`shared/dialogue.ts`).
  dialogue: z
    .object({
      origin: z.object({ workshopId: id.nullable(), title: text(LIMITS.maxTitleLength) }),
      commitments: z.record(
        id,
        z.object({
          rowId: id,
          confirmedAt: time,
          voteId: id.nullable(),
          representatives: z.array(z.object({ name: text(LIMITS.maxNameLength), organisation: text(LIMITS.maxOrganisationLength).nullable(), layer: z.enum(LAYERS) })).max(100),
          tally: z
            .object({ counts: z.record(z.string().max(200), z.number().min(0)), ballots: z.number().int().min(0), present: z.number().int().min(0), threshold: z.enum(THRESHOLDS) })
            .nullable()
            .optional(),
        }),
      ).refine((value) => Object.keys(value).length <= 5000, 'too many commitments'),
      // Records written before claims were kept have none.
      voting: z
        .record(id, z.object({ voteId: id.nullable(), claimedAt: time }))
        .refine((value) => Object.keys(value).length <= 5000, 'too many rows under vote')
        .optional(),
    })
    .nullable()
    .optional()
    .default(null),
});

/** An assessment as the record keeps it: what the tracking page accepts, and who stored it when. */
const recordAssessment = recordAssessmentRequest.extend({
  id,
  authorParticipantId: id.nullable(),
  authorName: text(200),
  authorOrganisation: text(LIMITS.maxOrganisationLength).nullable(),
  recordedAt: time,
});

/**
 * The invitation list as stored: no trimming, so a restore stores exactly what was exported. Its
 * limits are those the live path has ever kept, no tighter, so every workshop's archive restores:
 * an imported alias had no length limit until 2026-12-04 (bounded only by the imported file), and
 * repeated imports add organisations and delegates without a count limit (bounded here by the
 * record's own size).
 */
const listedName = z.string().min(1).max(LIMITS.maxOrganisationLength);
const storedAlias = z.string().min(1).max(LIMITS.maxImportBytes);
const recordInvitations = z.object({
  version: z.number().int().min(0),
  organisations: z.array(z.object({ id, name: listedName, aliases: z.array(storedAlias), returning: z.boolean() })),
  delegates: z.array(z.object({
    id,
    organisationId: id,
    name: z.string().min(1).max(LIMITS.maxNameLength),
    contact: text(200).nullable(),
    ballotHolder: z.boolean(),
  })),
  accreditations: z.array(z.object({
    participantId: id,
    organisationId: id.nullable(),
    delegateId: id.nullable(),
    admission: z.enum(ADMISSIONS),
    admittedAt: time.nullable(),
  })),
});

/** A vote as the record keeps it. */
const archivedVote = z.object({
  id,
  spec: openVotePayload,
  charter: z.object({ text: text(1_000_000), hash }).nullable(),
  openedAt: time,
  closedAt: time.nullable(),
  result: voteResult.nullable(),
});

/** Which version first holds each part that a record of that version or later must hold. */
const REQUIRED_SINCE = { assessments: 2, invitations: 3, tracking: 4 } as const;

/** The parts of `record.json` a restore reads; unknown fields are allowed and ignored. */
const recordParts = z.object({
  format: z.literal(RECORD_FORMAT),
  // Every version up to this server's: a newer record may hold what this server would drop.
  version: z
    .number()
    .int()
    .min(1)
    .max(RECORD_VERSION, `this server reads records of version 1 to ${RECORD_VERSION}; restore a newer record with a newer version of Convene`),
  workshop: z.object({
    // The archived workshop's id: a dialogue day continued from the archive names its origin.
    id: id.optional(),
    title: z.string().trim().min(1).max(LIMITS.maxTitleLength),
    country: text(LIMITS.maxTitleLength).nullable(),
    startsOn: isoDate.nullable(),
    endsOn: isoDate.nullable(),
  }),
  // Archives written before the `responses` section have none: it starts empty.
  documents: z.object({ ...(Object.fromEntries(SECTIONS.map((section) => [section, base64])) as Record<(typeof SECTIONS)[number], typeof base64>), responses: base64.optional() }),
  control: controlRecord,
  archivedVotes: z.array(archivedVote),
  attendance: z.array(z.object({
    participantId: id,
    name: z.string().trim().min(1).max(LIMITS.maxNameLength),
    organisation: z.string().trim().min(1).max(LIMITS.maxOrganisationLength),
    joinedAt: time,
    // Archives written before last-seen times were kept have none.
    lastSeenAt: time.nullable().optional(),
    sessions: z.array(z.object({ sessionId: id, firstSeenAt: time })).max(500),
  })),
  // Records of version 1 have none: implementation tracking was not archived then.
  assessments: z.array(recordAssessment).max(100_000).optional(),
  // Records before version 3 have none: a restore started without a list.
  invitations: recordInvitations.optional(),
  // Records before version 4 have none: the word limit was each device's choice, a joint submission unless chosen.
  tracking: z.object({ submission: z.enum(SUBMISSION_KINDS) }).optional(),
});

/** What `POST /api/workshops/import` checks: every part a restore brings back. */
export const restoreRecordSchema = recordParts.superRefine((record, context) => {
  for (const [part, since] of Object.entries(REQUIRED_SINCE)) {
    if (record.version >= since && record[part as keyof typeof REQUIRED_SINCE] === undefined) {
      context.addIssue({ code: 'custom', path: [part], message: `a record of version ${since} or later holds its ${part}` });
    }
  }
});

export type RestoreRecord = z.output<typeof restoreRecordSchema>;

/**
 * What continuing a workshop as a dialogue day checks: only what it carries. Its attendance, the
 * participants' standing, the invitation list, the tracking, its assessments and the rest of its
 * control record stay with the origin, so they are neither checked nor kept (a list stored before
 * a limit was added never blocks a dialogue day).
 */
export const continueRecordSchema = recordParts.pick({ format: true, version: true, workshop: true, documents: true }).extend({
  // Of the control record, what the dialogue day takes on; of the votes, it keeps the charter's adoption only, so their number is no limit.
  control: controlRecord.pick({ language: true, priorities: true, charter: true, dialogue: true }),
  archivedVotes: z.array(archivedVote),
});

export type ContinueRecord = z.output<typeof continueRecordSchema>;
