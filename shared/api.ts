/**
 * The HTTP API's bodies and answers. Requests are zod schemas (the server validates with them);
 * answers are types (the client reads them).
 */
import { z } from 'zod';
import type { EntryMode } from './entryMode.js';
import { WORKSHOP_LANGUAGES } from './workshopLanguage.js';
import { LIMITS } from './limits.js';
import { LAYERS, type Layer } from './dialogue.js';
import type { LinkBase, LinkReach } from './links.js';
import type { Role } from './roles.js';

const trimmed = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const createWorkshopRequest = z
  .object({
    title: trimmed(LIMITS.maxTitleLength),
    country: z.string().trim().max(LIMITS.maxTitleLength).optional(),
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    /** The language of what Convene writes for the room (agenda template, vote questions); English when left out. */
    language: z.enum(WORKSHOP_LANGUAGES).optional(),
  })
  .refine((w) => !w.startsOn || !w.endsOn || w.startsOn <= w.endsOn, {
    message: 'endsOn must not be before startsOn',
    path: ['endsOn'],
  });
export type CreateWorkshopRequest = z.infer<typeof createWorkshopRequest>;

/** Join codes are six characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** Accepts what people type: lower case, spaces and dashes are forgiven. */
export const joinCode = z
  .string()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), 'not a join code'));

export const joinRequest = z.object({
  joinCode,
  name: trimmed(LIMITS.maxNameLength),
  organisation: trimmed(LIMITS.maxOrganisationLength),
  /** Asked only on a dialogue day; elsewhere ignored (everyone is a CSO delegate). */
  layer: z.enum(LAYERS).optional(),
  /** The ministry, agency or UN agency: required of Government and UN participants on a dialogue day. */
  body: z.string().trim().max(LIMITS.maxOrganisationLength).optional(),
});
export type JoinRequest = z.infer<typeof joinRequest>;

export interface WorkshopLinks {
  facilitator: string;
  projector: string;
  join: string;
  /** Who can open these links: `local` means only this computer (phones in the room cannot). */
  reach: LinkReach;
}

export interface WorkshopSummary {
  id: string;
  title: string;
  country: string | null;
  startsOn: string | null;
  endsOn: string | null;
}

export interface CreateWorkshopResponse {
  id: string;
  joinCode: string;
  facilitatorToken: string;
  projectorToken: string;
  links: WorkshopLinks;
}

/** Opening a personal invitation link; `deviceToken` is the token this device got from it before, if any. */
export const claimInvitationRequest = z.object({
  invitation: z.string().min(16).max(256),
  deviceToken: z.string().min(16).max(256).optional(),
});
export type ClaimInvitationRequest = z.infer<typeof claimInvitationRequest>;

/** The session the link opens; `resumed`: this device's own session, unchanged. */
export interface ClaimInvitationResponse {
  participantId: string;
  token: string;
  resumed: boolean;
}

export interface JoinResponse {
  participantId: string;
  token: string;
}

/** Who a token belongs to, as the server knows it (never as the client claims). */
export interface Identity {
  role: Role;
  workshopId: string;
  participantId: string | null;
  name: string;
  /** The listed organisation's canonical name once matched to the invitation list, else the name typed at the join. */
  organisation: string | null;
  /** Under accreditation (`shared/accreditation.ts`): true while the participant waits to be admitted; they may open nothing. */
  waiting?: boolean;
  /** The listed organisation and delegate they were matched to, when they were. */
  listedOrganisationId?: string | null;
  delegateId?: string | null;
  /** A participant's stakeholder layer (`shared/dialogue.ts`); absent for screens and the facilitator. */
  layer?: Layer;
  /** The ministry, agency or UN agency a Government or UN participant comes from. */
  body?: string | null;
}

export interface MeResponse {
  workshop: WorkshopSummary & { joinCode: string };
  identity: Identity;
  /** Where links start, for those who hand links out (facilitator, projector, organiser); null for participants. */
  linkBase: LinkBase | null;
}

export interface JoinCodeLookupResponse {
  workshopId: string;
  title: string;
  /** `invited`: the code lets no one in; the join form says so before anyone types a name. */
  entryMode: EntryMode;
  /** A dialogue day asks who a participant speaks for (`shared/dialogue.ts`). */
  dialogue: boolean;
}
