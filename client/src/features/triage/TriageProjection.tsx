/** The projector during triage: the dot vote's top recommendations live, or (without one) the heat map of the room's priorities. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useSectionConnection } from '../../infra/collab/useSectionConnection.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { DotVoteChart } from './DotVoteChart.js';
import { HeatMapPanel } from './HeatMapPanel.js';
import { latestDotVote } from './openDotVote.js';
import { recommendationLabel } from './recommendationLabel.js';
import { useRecommendationRows } from './useRecommendationRows.js';
import './triage.css';

/** Theme rows that fit a 1280×720 screen at wall size; the rest are counted below the table. */
const PROJECTED_THEMES = 8;

/** Opens the recommendations read-only with the projector's token while shown. */
export function TriageProjection({ workshopId, token }: { workshopId: string; token: string }) {
  const connection = useSectionConnection(workshopId, 'recommendations', token);
  return connection ? <TriageProjectionBody doc={connection.doc} /> : null;
}

function TriageProjectionBody({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const all = useRecommendationRows(doc);
  const current = useMemo(() => all.filter((r) => r.review === 'current'), [all]);
  const vote = useControl((snapshot) => latestDotVote(snapshot.state?.votes));
  const byKey = useMemo(() => new Map(all.map((r) => [r.key, r])), [all]);
  const describe = (key: string) => {
    const r = byKey.get(key);
    return r ? recommendationLabel(r, 70) : key;
  };
  return (
    <section className="section triage-projection" aria-labelledby="triage-projection-heading">
      <h1 id="triage-projection-heading" className="visually-hidden">{t('triage.title')}</h1>
      {/* One at a time, so each fits the wall: the dot vote while there is one, else the room's priorities. */}
      {vote ? <DotVoteChart vote={vote} describe={describe} limit={6} large /> : <HeatMapPanel recommendations={current} limit={PROJECTED_THEMES} />}
    </section>
  );
}
