/**
 * The tracking page's content: the report panel with the live word count, then every
 * recommendation of the current review and every plan action as a card with its current rating,
 * history and a form for a new assessment.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recommendationLabel } from '../../../../shared/midTermReport.js';
import { targetKey, type Assessment, type TrackingBoard } from '../../../../shared/tracking.js';
import { ReportPanel } from './ReportPanel.js';
import { TargetCard } from './TargetCard.js';
import { useTrackingBoard } from './useTrackingBoard.js';
import './tracking.css';

export function TrackingPanel({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const { state, reload, append, setSubmission } = useTrackingBoard(workshopId, token);
  if (state.status === 'loading') return <p className="loading">{t('tracking.loading')}</p>;
  if (state.status === 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('tracking.loadFailed', { message: state.message })}</p>
        <button type="button" onClick={reload}>{t('tracking.retry')}</button>
      </div>
    );
  }
  return (
    <div className="tracking-layout">
      <div className="tracking-layout__side">
        <ReportPanel board={state.board} workshopId={workshopId} token={token} onSubmissionStored={setSubmission} />
      </div>
      <div className="tracking-layout__main">
        <TargetLists board={state.board} workshopId={workshopId} token={token} onRecorded={append} />
      </div>
    </div>
  );
}

interface TargetListsProps {
  board: TrackingBoard;
  workshopId: string;
  token: string;
  onRecorded: (assessment: Assessment) => void;
}

function TargetLists({ board, workshopId, token, onRecorded }: TargetListsProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const [onlyUnassessed, setOnlyUnassessed] = useState(false);
  const query = useDeferredValue(filter.trim().toLocaleLowerCase());
  const histories = useMemo(() => {
    const byTarget = new Map<string, Assessment[]>();
    for (const a of board.assessments) byTarget.set(targetKey(a.target), [...(byTarget.get(targetKey(a.target)) ?? []), a]);
    return byTarget;
  }, [board.assessments]);
  const refs = useMemo(() => new Map(board.recommendations.map((r) => [r.key, r.ref ?? r.key])), [board.recommendations]);
  const assessedCount = board.recommendations.filter((r) => histories.has(`recommendation:${r.key}`)).length;
  const shown = board.recommendations.filter(
    (r) =>
      (!onlyUnassessed || !histories.has(`recommendation:${r.key}`)) &&
      (!query || [recommendationLabel(r), r.text, ...r.themes, r.clusterTitle ?? ''].some((text) => text.toLocaleLowerCase().includes(query))),
  );
  const card = { workshopId, token, onRecorded };

  return (
    <>
      <section className="panel" aria-labelledby="tracking-recommendations">
        <h2 id="tracking-recommendations">{t('tracking.recommendationsHeading')}</h2>
        {board.recommendations.length > 0 && (
          <p className="hint" data-testid="assessed-count">{t('tracking.assessedCount', { assessed: assessedCount, total: board.recommendations.length })}</p>
        )}
        {board.recommendations.length === 0 ? (
          <p className="empty">{t('tracking.empty')}</p>
        ) : (
          <>
            <div className="field tracking-filter">
              <label htmlFor="tracking-filter">{t('tracking.filter')}</label>
              <input id="tracking-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} aria-describedby="tracking-filter-hint" />
              <p id="tracking-filter-hint" className="hint">{t('tracking.filterHint')}</p>
            </div>
            <label className="rating-choice tracking-only-unassessed">
              <input type="checkbox" checked={onlyUnassessed} onChange={(e) => setOnlyUnassessed(e.target.checked)} />
              {t('tracking.onlyUnassessed')}
            </label>
            {shown.length === 0 && <p className="empty">{t('tracking.noMatch')}</p>}
            <ul className="target-list">
              {shown.map((r) => (
                <TargetCard key={r.key} {...card} target={{ kind: 'recommendation', id: r.key }} label={recommendationLabel(r)} history={histories.get(`recommendation:${r.key}`) ?? []}>
                  <p className="target-card__text">{r.text}</p>
                  {(r.clusterTitle || r.themes.length > 0) && <p className="hint">{[r.clusterTitle, ...r.themes].filter(Boolean).join(' · ')}</p>}
                </TargetCard>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="panel" aria-labelledby="tracking-plan">
        <h2 id="tracking-plan">{t('tracking.planHeading')}</h2>
        {board.planRows.length === 0 ? (
          <p className="empty">{t('tracking.emptyPlan')}</p>
        ) : (
          <ul className="target-list">
            {board.planRows.map((row) => (
              <TargetCard key={row.id} {...card} target={{ kind: 'planRow', id: row.id }} label={row.title || row.id} history={histories.get(`planRow:${row.id}`) ?? []}>
                {row.responsibleBody && <p className="target-card__text">{row.responsibleBody}</p>}
                <p className="hint">{t('tracking.serves', { refs: row.recommendationKeys.map((key) => refs.get(key) ?? key).join(', ') })}</p>
              </TargetCard>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
