/**
 * The dialogue day on the wall: progress cluster by cluster (rows agreed as joint commitments,
 * rows the Government answered), then the rows, paged, each with both sides' words. It opens
 * only the documents every layer opens (plan, responses): the room holds Government too.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { PlanRowData } from '../../../../shared/plan.js';
import { clusterOfRow, type GovernmentResponse } from '../../../../shared/responses.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { rowSubject, usePlanView, useResponses } from '../../features/dialogue/useDialogueData.js';
import { ProjectorPages } from './ProjectorPages.js';
// Words that load with this screen, not with the first visit.
import '../../features/dialogue/dialogueCatalogue.js';

interface ClusterProgress {
  id: string;
  title: string;
  total: number;
  answered: number;
  committed: number;
}

export function ResponsesProjection({ plan, responses }: { plan: Y.Doc; responses: Y.Doc }) {
  const { t } = useTranslation();
  const { rows, references, clusterTitles } = usePlanView(plan);
  const answers = useResponses(responses);
  const commitments = useControl((snapshot) => snapshot.state?.dialogue?.commitments ?? null);
  const progress = useMemo(() => {
    const byCluster = new Map<string, ClusterProgress>();
    for (const row of rows) {
      const id = clusterOfRow(row, references) ?? '';
      const entry = byCluster.get(id) ?? { id, title: clusterTitles.get(id) ?? t('dialogue.progress.other'), total: 0, answered: 0, committed: 0 };
      entry.total += 1;
      if (answers.get(row.id)?.position) entry.answered += 1;
      if (commitments?.[row.id]) entry.committed += 1;
      byCluster.set(id, entry);
    }
    return [...byCluster.values()].sort((a, b) => (a.id === '' ? 1 : b.id === '' ? -1 : a.title.localeCompare(b.title)));
  }, [rows, references, clusterTitles, answers, commitments, t]);

  return (
    <section className="projection dialogue-projection" aria-labelledby="dialogue-projection-heading" data-testid="dialogue-projection">
      <h2 id="dialogue-projection-heading">{t('dialogue.progress.title')}</h2>
      <ul className="dialogue-progress">
        {progress.map((cluster) => (
          <li key={cluster.id} data-testid="cluster-progress" data-committed={cluster.committed} data-total={cluster.total}>
            <span className="dialogue-progress__title">{cluster.title}</span>
            <progress max={cluster.total} value={cluster.committed} aria-label={cluster.title} />
            <span>{t('dialogue.progress.counts', { committed: cluster.committed, total: cluster.total, answered: cluster.answered })}</span>
          </li>
        ))}
      </ul>
      <ProjectorPages
        items={rows}
        keyOf={(row) => row.id}
        spotlitKey={null}
        render={(row) => <ResponseCard row={row} subject={rowSubject(row, references) || t('dialogue.responses.noSubject')} response={answers.get(row.id) ?? null} committed={Boolean(commitments?.[row.id])} />}
      />
    </section>
  );
}

function ResponseCard({ row, subject, response, committed }: { row: PlanRowData; subject: string; response: GovernmentResponse | null; committed: boolean }) {
  const { t } = useTranslation();
  return (
    <article className={`projection-row${committed ? ' projection-row--committed' : ''}`} data-row-id={row.id} aria-label={subject}>
      <p className="projection-row__subject">
        <span>{subject}</span>
        <span className="projection-row__status">
          {committed ? t('dialogue.responses.committed') : response?.position ? t(`dialogue.responses.positions.${response.position}`) : t('dialogue.responses.noPosition')}
        </span>
      </p>
      <dl className="projection-row__fields">
        {row.governmentActions.trim() && (
          <div>
            <dt>{t('plan.fields.governmentActions')}</dt>
            <dd>{row.governmentActions}</dd>
          </div>
        )}
        {response?.ministry.trim() && (
          <div>
            <dt>{t('dialogue.responses.fields.ministry')}</dt>
            <dd>{response.ministry}</dd>
          </div>
        )}
        {response?.timeline.trim() && (
          <div>
            <dt>{t('dialogue.responses.fields.timeline')}</dt>
            <dd>{response.timeline}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
