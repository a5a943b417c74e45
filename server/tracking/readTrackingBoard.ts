/**
 * The tracking board read from storage: the current review's recommendations, the plan's rows
 * (each with every recommendation it serves, directly or through its cluster) and every
 * assessment in the order stored.
 */
import { readPlan } from '../../shared/plan.js';
import { readClusters, readRecommendations } from '../../shared/readRecommendations.js';
import { effectiveThemes } from '../../shared/themeTags.js';
import type { TrackedPlanRow, TrackedRecommendation, TrackingBoard } from '../../shared/tracking.js';
import { loadSectionDoc } from '../exports/loadSectionDoc.js';
import { rowsIfArray } from '../exports/recordParts.js';
import type { Store, WorkshopRecord } from '../storage/Store.js';

export async function readTrackingBoard(store: Store, workshop: WorkshopRecord): Promise<TrackingBoard> {
  const [recommendationsDoc, planDoc, control, assessments, submission] = await Promise.all([
    loadSectionDoc(store, workshop.id, 'recommendations'),
    loadSectionDoc(store, workshop.id, 'plan'),
    store.loadControl(workshop.id),
    store.listAssessments(workshop.id),
    store.loadSubmissionKind(workshop.id),
  ]);
  try {
    const clusters = new Map(readClusters(recommendationsDoc).map((c) => [c.id, c.title]));
    const current = readRecommendations(recommendationsDoc).filter((r) => r.review === 'current');
    const recommendations: TrackedRecommendation[] = current.map((r) => ({
      key: r.key,
      ref: r.ref,
      text: r.text,
      recommendingStates: r.recommendingStates,
      response: r.response,
      themes: effectiveThemes(r),
      clusterTitle: r.clusterId ? (clusters.get(r.clusterId) ?? null) : null,
    }));
    const planRows: TrackedPlanRow[] = rowsIfArray(planDoc, readPlan).map((row) => {
      const keys = new Set(row.recommendationKeys);
      if (row.clusterId) for (const r of current) if (r.clusterId === row.clusterId) keys.add(r.key);
      return {
        id: row.id,
        recommendationKeys: [...keys],
        title: (row.civilSocietyActions.trim() || row.governmentActions.trim()).split('\n')[0]!.slice(0, 200),
        responsibleBody: row.responsibleBody,
      };
    });
    return {
      workshop: { id: workshop.id, title: workshop.title, country: workshop.country },
      language: control?.language ?? 'en',
      recommendations,
      planRows,
      assessments,
      submission,
    };
  } finally {
    recommendationsDoc.destroy();
    planDoc.destroy();
  }
}
