/**
 * The dialogue day on the control channel: only whoever runs the workshop corrects a
 * participant's layer (a layer decides what they see) and records a joint commitment (the
 * room's, not one side's).
 */
import type { Identity } from '../../shared/api.js';
import type { ControlRecord } from '../../shared/events.js';
import { can } from '../../shared/roles.js';
import { conflict } from '../errors.js';

/** The facilitator and the organiser. */
export const mayRunDialogue = (actor: Identity): boolean => can(actor.role, 'runAgenda');

/** The record's dialogue part, or a refusal: an ordinary workshop has no layers or commitments. */
export function authoriseDialogue(record: ControlRecord): NonNullable<ControlRecord['dialogue']> {
  if (!record.dialogue) throw conflict('this workshop is not a dialogue day');
  return record.dialogue;
}
