/**
 * Who may do what. The table is the single source: the server's policies read it and the
 * client reads it to hide what a role cannot do (hiding is courtesy; the server decides).
 */
export const ROLES = ['organiser', 'facilitator', 'participant', 'projector'] as const;

export type Role = (typeof ROLES)[number];

/** `vote`, `signCharter` and `amend` belong to participants: a ballot, a signature and an amendment speak for a person and their organisation. */
export const PERMISSIONS = {
  organiser: { editSections: true, editLockedSections: true, runAgenda: true, raiseHand: false, export: true, vote: false, signCharter: false, amend: false },
  facilitator: { editSections: true, editLockedSections: true, runAgenda: true, raiseHand: false, export: true, vote: false, signCharter: false, amend: false },
  participant: { editSections: true, editLockedSections: false, runAgenda: false, raiseHand: true, export: false, vote: true, signCharter: true, amend: true },
  projector: { editSections: false, editLockedSections: false, runAgenda: false, raiseHand: false, export: false, vote: false, signCharter: false, amend: false },
} as const satisfies Record<Role, Record<string, boolean>>;

export type Permission = keyof (typeof PERMISSIONS)['organiser'];

/** True when the role holds the permission. */
export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role][permission];
}
