/**
 * The table of recommendations, flat or grouped by cluster. Every row is rendered (no
 * windowing): with memoised rows, 300 of them re-render only the one that changed, and a
 * plain table keeps find-in-page, screen-reader navigation and keyboard order intact.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type * as Y from 'yjs';
import type { Identity } from '../../../../shared/api.js';
import { type ClusterData, type RecommendationData, recommendationsOf } from '../../../../shared/recommendations.js';
import { groupByCluster } from './clusterGroups.js';
import { TriageRow } from './TriageRow.js';
import { toggleOpen, type TriageViewStore } from './triageViewStore.js';
import type { DotBallot } from './useDotBallot.js';

interface TriageTableProps {
  doc: Y.Doc;
  rows: RecommendationData[];
  clusters: ClusterData[];
  view: TriageViewStore;
  identity: Identity | null;
  readOnly: boolean;
  ballot: DotBallot | null;
  canSpotlight: boolean;
}

/** Headers per column; a group header row per cluster when grouped. */
export function TriageTable({ doc, rows, clusters, view, identity, readOnly, ballot, canSpotlight }: TriageTableProps) {
  const { t } = useTranslation();
  const { openKey, groupByCluster: grouped } = useStore(view);
  const handleToggle = useCallback((key: string) => toggleOpen(view, key), [view]);
  const place = ballot?.place;
  const handlePlaceDot = useCallback((key: string, delta: 1 | -1) => void place?.(key, delta), [place]);
  const entries = recommendationsOf(doc);
  const voting = ballot?.vote ?? null;
  const columns = 7 + (clusters.length > 0 ? 1 : 0) + (voting ? 1 : 0);

  const renderRow = (recommendation: RecommendationData) => {
    const entry = entries.get(recommendation.key);
    if (!entry) return null;
    const onBallot = voting?.spec.options?.includes(recommendation.key) ?? false;
    return (
      <TriageRow
        key={recommendation.key}
        recommendation={recommendation}
        entry={entry}
        clusters={clusters}
        identity={identity}
        readOnly={readOnly}
        open={openKey === recommendation.key}
        onToggle={handleToggle}
        dots={voting ? (onBallot ? (ballot?.placement[recommendation.key] ?? 0) : null) : null}
        canAddDot={onBallot && (ballot?.left ?? 0) > 0}
        onPlaceDot={handlePlaceDot}
        columns={columns}
        canSpotlight={canSpotlight}
      />
    );
  };

  return (
    <div className="table-scroll">
      <table className="triage-table">
        <caption className="visually-hidden">{t('triage.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('triage.columns.ref')}</th>
            <th scope="col">{t('triage.columns.text')}</th>
            <th scope="col">{t('triage.columns.states')}</th>
            <th scope="col">{t('triage.columns.position')}</th>
            <th scope="col">{t('triage.columns.priority')}</th>
            <th scope="col">{t('triage.columns.leads')}</th>
            {clusters.length > 0 && <th scope="col">{t('triage.columns.cluster')}</th>}
            {voting && <th scope="col">{t('triage.columns.dots')}</th>}
            <th scope="col">{t('triage.columns.details')}</th>
          </tr>
        </thead>
        {grouped ? (
          groupByCluster(rows, clusters).map((group) => (
            <tbody key={group.cluster?.id ?? 'none'}>
              <tr className="triage-group">
                <th scope="colgroup" colSpan={columns}>
                  {group.cluster?.title ?? t('triage.unclustered')} ({group.recommendations.length})
                </th>
              </tr>
              {group.recommendations.map(renderRow)}
            </tbody>
          ))
        ) : (
          <tbody>{rows.map(renderRow)}</tbody>
        )}
      </table>
    </div>
  );
}
