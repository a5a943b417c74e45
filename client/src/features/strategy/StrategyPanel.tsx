/** The action strategy: advocacy activities, edited as rows or read on a timeline. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addActivity } from '../../../../shared/strategy.js';
import { useRecommendationCandidates } from '../rows/useRecommendationCandidates.js';
import { useRowEditors } from '../rows/useRowEditors.js';
import { useRowList } from '../rows/useRowList.js';
import { ActivityEditor } from './ActivityEditor.js';
import { StrategyTimeline } from './StrategyTimeline.js';
import '../plan/plan.css';

type StrategyView = 'activities' | 'timeline';

/** Two views behind a toggle; the timeline is read-only. */
export function StrategyPanel({ doc, readOnly, canSpotlight = false }: { doc: Y.Doc; readOnly: boolean; canSpotlight?: boolean }) {
  const { t } = useTranslation();
  const rows = useRowList(doc);
  const editors = useRowEditors(doc, 'strategy');
  const { candidates } = useRecommendationCandidates('current');
  const [view, setView] = useState<StrategyView>('activities');
  return (
    <section className="section strategy" aria-labelledby="strategy-heading">
      <div className="section__head">
        <h1 id="strategy-heading">{t('strategy.title')}</h1>
        <p className="section__count">{t('strategy.count', { count: rows.length })}</p>
      </div>
      <p className="lead">{t('strategy.intro')}</p>
      <div className="view-toggle" role="group" aria-label={t('strategy.views')}>
        {(['activities', 'timeline'] as const).map((option) => (
          <button key={option} type="button" aria-pressed={view === option} onClick={() => setView(option)}>
            {t(`strategy.view.${option}`)}
          </button>
        ))}
      </div>
      {view === 'timeline' ? (
        <StrategyTimeline doc={doc} />
      ) : (
        <>
          {!readOnly && (
            <div className="actions add-experience">
              <button type="button" className="button--primary" onClick={() => addActivity(doc)}>{t('strategy.add')}</button>
            </div>
          )}
          {rows.length === 0 ? (
            <p className="empty">{t('strategy.empty')}</p>
          ) : (
            <div className="plan-rows">
              {rows.map((entry, index) => (
                <ActivityEditor key={entry.id} doc={doc} id={entry.id} row={entry.row} number={index + 1} candidates={candidates} editors={editors.get(entry.id)} readOnly={readOnly} canSpotlight={canSpotlight} />
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}
