/** An assessment as both stores read it back: the target in two columns. */
import type { Assessment, TargetKind } from '../../shared/tracking.js';

export type AssessmentRow = Omit<Assessment, 'target'> & { targetKind: TargetKind; targetId: string };

/** The stored row as the shared type. */
export function assessmentFromRow({ targetKind, targetId, ...rest }: AssessmentRow): Assessment {
  return { ...rest, target: { kind: targetKind, id: targetId } };
}
