/** The implementation plan: rows per priority recommendation or cluster, co-edited by the room. */
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addPlanRow } from '../../../../shared/plan.js';
import { useRecommendationCandidates } from '../rows/useRecommendationCandidates.js';
import { useRowEditors } from '../rows/useRowEditors.js';
import { useRowList } from '../rows/useRowList.js';
import { recommendationLabel } from '../triage/recommendationLabel.js';
import { useClusters } from '../triage/useClusters.js';
import { PlanRowEditor } from './PlanRowEditor.js';
import { planSubjects } from './prioritySubjects.js';
import './plan.css';

const EMPTY: never[] = [];

/** Rows in the order added, so a row never moves under someone's caret. */
export function PlanPanel({ doc, readOnly, canSpotlight = false }: { doc: Y.Doc; readOnly: boolean; canSpotlight?: boolean }) {
  const { t } = useTranslation();
  const rows = useRowList(doc);
  const editors = useRowEditors(doc, 'plan');
  const { all, doc: recommendationsDoc } = useRecommendationCandidates('all');
  const clusters = useClusters(recommendationsDoc ?? doc);
  const realClusters = recommendationsDoc ? clusters : EMPTY;
  const subjects = useMemo(() => planSubjects(all, realClusters), [all, realClusters]);
  const [choice, setChoice] = useState('');
  const byKey = useMemo(() => new Map(all.map((r) => [r.key, r])), [all]);
  const clusterTitles = useMemo(() => new Map(realClusters.map((c) => [c.id, c.title])), [realClusters]);

  const describeSubject = useCallback(
    (keys: string[], clusterId: string | null) => {
      const cluster = clusterId ? clusterTitles.get(clusterId) : undefined;
      const recs = keys.map((key) => {
        const r = byKey.get(key);
        return r ? recommendationLabel(r, 80) : key;
      });
      return [cluster ? t('plan.cluster', { title: cluster }) : null, ...recs].filter(Boolean).join(' · ');
    },
    [byKey, clusterTitles, t],
  );

  const handleAdd = (event: FormEvent) => {
    event.preventDefault();
    const subject = subjects.find((s) => s.value === choice);
    addPlanRow(doc, { recommendationKeys: subject?.recommendationKeys ?? [], clusterId: subject?.clusterId ?? null });
    setChoice('');
  };

  return (
    <section className="section plan" aria-labelledby="plan-heading">
      <div className="section__head">
        <h1 id="plan-heading">{t('plan.title')}</h1>
        <p className="section__count">{t('plan.count', { count: rows.length })}</p>
      </div>
      <p className="lead">{t('plan.intro')}</p>
      {!readOnly && (
        <form className="add-experience" onSubmit={handleAdd}>
          <label htmlFor="plan-subject">{t('plan.subject')}</label>
          <select id="plan-subject" value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">{t('plan.noSubjectChoice')}</option>
            {subjects.map((subject) => (
              <option key={subject.value} value={subject.value}>
                {describeSubject(subject.clusterId ? [] : subject.recommendationKeys, subject.clusterId)}
              </option>
            ))}
          </select>
          <button type="submit" className="button--primary">{t('plan.add')}</button>
          {subjects.length === 0 && <p className="hint">{t('plan.noPriorities')}</p>}
        </form>
      )}
      {rows.length === 0 ? (
        <p className="empty">{t('plan.empty')}</p>
      ) : (
        <div className="plan-rows">
          {rows.map((entry, index) => (
            <PlanRowEditor
              key={entry.id}
              doc={doc}
              id={entry.id}
              row={entry.row}
              number={index + 1}
              describeSubject={describeSubject}
              editors={editors.get(entry.id)}
              readOnly={readOnly}
              canSpotlight={canSpotlight}
            />
          ))}
        </div>
      )}
    </section>
  );
}
