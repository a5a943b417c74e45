/**
 * The dialogue day on the wall: progress cluster by cluster (rows agreed as joint commitments,
 * rows the Government answered), then the rows, paged, each with both sides' words. It opens
 * only the documents every layer opens (plan, responses): the room holds Government too.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { PlanRowData, PlanTextField } from '../../../../shared/plan.js';
import { clusterOfRow, type GovernmentResponse, RESPONSE_TEXT_FIELDS, type ResponseTextField } from '../../../../shared/responses.js';
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

/** `spotlitRow`: the plan row the facilitator spotlit; its page stays up and it shows every field of both sides. */
export function ResponsesProjection({ plan, responses, spotlitRow = null }: { plan: Y.Doc; responses: Y.Doc; spotlitRow?: string | null }) {
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
        spotlitKey={spotlitRow}
        render={(row, spotlit) => (
          <ResponseCard row={row} subject={rowSubject(row, references) || t('dialogue.responses.noSubject')} response={answers.get(row.id) ?? null} committed={Boolean(commitments?.[row.id])} full={spotlit} />
        )}
      />
    </section>
  );
}

const PLAN_FIELDS: readonly PlanTextField[] = ['governmentActions', 'civilSocietyActions', 'timeline', 'indicators'];
const SHORT_PLAN_FIELDS: readonly PlanTextField[] = ['governmentActions'];
const SHORT_RESPONSE_FIELDS: readonly ResponseTextField[] = ['ministry', 'timeline'];

/** A row on the wall: the plan's Government actions and the response's ministry and timeline; spotlit (`full`), every field of both sides. */
function ResponseCard({ row, subject, response, committed, full }: { row: PlanRowData; subject: string; response: GovernmentResponse | null; committed: boolean; full: boolean }) {
  const { t } = useTranslation();
  const planFields = (full ? PLAN_FIELDS : SHORT_PLAN_FIELDS).filter((field) => row[field].trim());
  const responseFields = (full ? RESPONSE_TEXT_FIELDS : SHORT_RESPONSE_FIELDS).filter((field) => response?.[field].trim());
  return (
    <article
      className={`projection-row${committed ? ' projection-row--committed' : ''}${full ? ' projection-row--spotlit' : ''}`}
      data-row-id={row.id}
      data-testid={full ? 'dialogue-spotlight' : undefined}
      aria-label={subject}
    >
      <p className="projection-row__subject">
        <span>{subject}</span>
        <span className="projection-row__status">
          {committed ? t('dialogue.responses.committed') : response?.position ? t(`dialogue.responses.positions.${response.position}`) : t('dialogue.responses.noPosition')}
        </span>
      </p>
      <dl className="projection-row__fields">
        {planFields.map((field) => (
          <div key={field}>
            <dt>{t(`plan.fields.${field}`)}</dt>
            <dd>{row[field]}</dd>
          </div>
        ))}
        {responseFields.map((field) => (
          <div key={field}>
            <dt>{t(`dialogue.responses.fields.${field}`)}</dt>
            <dd>{response![field]}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
