/** The action strategy on the wall: its activities cluster by cluster, paged, the spotlit activity's page held and marked. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readStrategy, type StrategyRowData } from '../../../../shared/strategy.js';
import { sortByCluster } from './byCluster.js';
import { ProjectorPages } from './ProjectorPages.js';
import { type RoomRecommendations, subjectLine, useRoomRecommendations } from './useRoomRecommendations.js';
import { useSectionRows } from './useSectionRows.js';
// Words that load with this screen, not with the first visit.
import './screenCatalogue.js';

export function StrategyProjection({ doc, recommendations, spotlitKey }: { doc: Y.Doc; recommendations: Y.Doc; spotlitKey: string | null }) {
  const { t } = useTranslation();
  const activities = useSectionRows(doc, readStrategy);
  const room = useRoomRecommendations(recommendations);
  const sorted = useMemo(() => sortByCluster(activities, room.clusters, room.clusterOf), [activities, room]);
  return (
    <section className="projection" aria-labelledby="strategy-projection-heading" data-testid="strategy-projection">
      <h2 id="strategy-projection-heading" className="visually-hidden">
        {t('strategy.title')}
      </h2>
      {sorted.length === 0 ? (
        <p className="projection__empty">{t('screen.strategyEmpty')}</p>
      ) : (
        <ProjectorPages
          items={sorted}
          keyOf={(activity) => activity.id}
          spotlitKey={spotlitKey}
          render={(activity) => <ActivityCard activity={activity} room={room} />}
        />
      )}
    </section>
  );
}

function ActivityCard({ activity, room }: { activity: StrategyRowData; room: RoomRecommendations }) {
  const { t, i18n } = useTranslation();
  const who = [activity.target ? t(`strategy.targets.${activity.target}`) : '', activity.targetDetail, activity.leadOrganisation].filter((part) => part.trim());
  const date = activity.milestoneDate ? new Date(`${activity.milestoneDate}T12:00:00Z`).toLocaleDateString(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }) : null;
  return (
    <article className="projection-row" data-row-id={activity.id} aria-label={activity.activity || t('strategy.untitled')}>
      <p className="projection-row__subject">
        <span>{subjectLine(activity, room, t)}</span>
        <span className="projection-row__status">{t(`strategy.statuses.${activity.status}`)}</span>
      </p>
      <p className="projection-row__title">{activity.activity || t('strategy.untitled')}</p>
      {who.length > 0 && <p className="projection-row__line">{who.join(' · ')}</p>}
      {(activity.milestone.trim() || date) && (
        <p className="projection-row__line">{[activity.milestone, date].filter((part) => part?.trim()).join(' · ')}</p>
      )}
    </article>
  );
}
