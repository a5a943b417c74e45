/**
 * Who may do what. The table is the single source: the server's policies read it and the
 * client reads it to hide what a role cannot do (hiding is courtesy; the server decides).
 */
export const ROLES = ['organiser', 'facilitator', 'participant', 'projector'] as const;

export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  organiser: { editSections: true, editLockedSections: true, runAgenda: true, raiseHand: false, export: true },
  facilitator: { editSections: true, editLockedSections: true, runAgenda: true, raiseHand: false, export: true },
  participant: { editSections: true, editLockedSections: false, runAgenda: false, raiseHand: true, export: false },
  projector: { editSections: false, editLockedSections: false, runAgenda: false, raiseHand: false, export: false },
} as const satisfies Record<Role, Record<string, boolean>>;

export type Permission = keyof (typeof PERMISSIONS)['organiser'];

/** True when the role holds the permission. */
export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role][permission];
}
