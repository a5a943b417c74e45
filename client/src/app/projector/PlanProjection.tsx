/** The implementation plan on the wall: its rows cluster by cluster, paged, the spotlit row's page held and marked. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { type PlanRowData, type PlanTextField, readPlan } from '../../../../shared/plan.js';
import { sortByCluster } from './byCluster.js';
import { ProjectorPages } from './ProjectorPages.js';
import { type RoomRecommendations, subjectLine, useRoomRecommendations } from './useRoomRecommendations.js';
import { useSectionRows } from './useSectionRows.js';
// Words that load with this screen, not with the first visit.
import './screenCatalogue.js';

/** What a room reads aloud from a row; the rest stays in the export. */
const SHOWN_FIELDS: readonly PlanTextField[] = ['governmentActions', 'civilSocietyActions', 'responsibleBody', 'csoLead', 'timeline', 'indicators'];

export function PlanProjection({ doc, recommendations, spotlitKey }: { doc: Y.Doc; recommendations: Y.Doc; spotlitKey: string | null }) {
  const { t } = useTranslation();
  const rows = useSectionRows(doc, readPlan);
  const room = useRoomRecommendations(recommendations);
  const sorted = useMemo(() => sortByCluster(rows, room.clusters, room.clusterOf), [rows, room]);
  return (
    <section className="projection" aria-labelledby="plan-projection-heading" data-testid="plan-projection">
      <h2 id="plan-projection-heading" className="visually-hidden">
        {t('plan.title')}
      </h2>
      {sorted.length === 0 ? (
        <p className="projection__empty">{t('screen.planEmpty')}</p>
      ) : (
        <ProjectorPages items={sorted} keyOf={(row) => row.id} spotlitKey={spotlitKey} render={(row) => <PlanRowCard row={row} room={room} />} />
      )}
    </section>
  );
}

function PlanRowCard({ row, room }: { row: PlanRowData; room: RoomRecommendations }) {
  const { t } = useTranslation();
  const subject = subjectLine(row, room, t) || t('plan.noSubject');
  return (
    <article className="projection-row" data-row-id={row.id} aria-label={subject}>
      <p className="projection-row__subject">
        <span>{subject}</span>
        <span className="projection-row__status">{t(`plan.statuses.${row.status}`)}</span>
      </p>
      <dl className="projection-row__fields">
        {SHOWN_FIELDS.filter((field) => row[field].trim()).map((field) => (
          <div key={field}>
            <dt>{t(`plan.fields.${field}`)}</dt>
            <dd>{row[field]}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
