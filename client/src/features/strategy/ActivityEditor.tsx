/** One advocacy activity: what, aimed at whom, for which recommendations, led by whom, by when. */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { RecommendationData } from '../../../../shared/recommendations.js';
import { readChoice, removeRow, rowText, setRowLink, type SharedRow } from '../../../../shared/sharedRows.js';
import { setMilestoneDate, STRATEGY_STATUSES, STRATEGY_TARGETS, type StrategyTextField } from '../../../../shared/strategy.js';
import { CollaborativeText } from '../../infra/collab/CollaborativeText.js';
import { EditorsBadge } from '../rows/EditorsBadge.js';
import { RecommendationPicker } from '../rows/RecommendationPicker.js';
import { useEditingRow } from '../rows/useEditingRow.js';
import { SpotlightButton } from '../room/SpotlightButton.js';
import { useRowLinkKeys, useRowValue } from '../rows/useRowValue.js';

interface ActivityEditorProps {
  doc: Y.Doc;
  id: string;
  row: SharedRow;
  number: number;
  candidates: RecommendationData[];
  editors: string[] | undefined;
  readOnly: boolean;
  /** The facilitator may put the activity on the projector. */
  canSpotlight?: boolean;
}

const readTarget = (row: SharedRow) => readChoice(row, 'target', STRATEGY_TARGETS) ?? '';
const readStatus = (row: SharedRow) => readChoice(row, 'status', STRATEGY_STATUSES) ?? 'planned';
const readDate = (row: SharedRow) => {
  const value = row.get('milestoneDate');
  return typeof value === 'string' ? value : '';
};

/** An article of labelled fields. */
export const ActivityEditor = memo(function ActivityEditor({ doc, id, row, number, candidates, editors, readOnly, canSpotlight = false }: ActivityEditorProps) {
  const { t } = useTranslation();
  const target = useRowValue(row, readTarget);
  const status = useRowValue(row, readStatus);
  const date = useRowValue(row, readDate);
  const links = useRowLinkKeys(row);
  const focus = useEditingRow(doc, 'strategy', id);
  const [confirming, setConfirming] = useState(false);
  const fieldId = (field: string) => `activity-${id}-${field}`;
  const text = (field: StrategyTextField, rows = 2) => (
    <div className="field">
      <label htmlFor={fieldId(field)}>{t(`strategy.fields.${field}`)}</label>
      <CollaborativeText id={fieldId(field)} text={rowText(row, field)} rows={rows} readOnly={readOnly} />
    </div>
  );
  return (
    <article className="plan-row" aria-label={t('strategy.activity', { number })} data-row-id={id} {...focus}>
      <div className="plan-row__head">
        <h2 className="plan-row__subject">{t('strategy.activity', { number })}</h2>
        <EditorsBadge names={editors} />
        {canSpotlight && <SpotlightButton section="strategy" itemId={id} />}
      </div>
      <div className="plan-row__fields">
        {text('activity', 3)}
        <div className="field">
          <label htmlFor={fieldId('target')}>{t('strategy.target')}</label>
          <select id={fieldId('target')} value={target} disabled={readOnly} onChange={(event) => row.set('target', event.target.value || null)}>
            <option value="">{t('strategy.noTarget')}</option>
            {STRATEGY_TARGETS.map((option) => (
              <option key={option} value={option}>{t(`strategy.targets.${option}`)}</option>
            ))}
          </select>
        </div>
        {text('targetDetail')}
        {text('leadOrganisation')}
        {text('milestone')}
        <div className="field">
          <label htmlFor={fieldId('date')}>{t('strategy.milestoneDate')}</label>
          <input id={fieldId('date')} type="date" value={date} readOnly={readOnly} onChange={(event) => setMilestoneDate(row, event.target.value || null)} />
        </div>
        {text('resources')}
        <div className="field">
          <label htmlFor={fieldId('status')}>{t('strategy.status')}</label>
          <select id={fieldId('status')} value={status} disabled={readOnly} onChange={(event) => row.set('status', event.target.value)}>
            {STRATEGY_STATUSES.map((option) => (
              <option key={option} value={option}>{t(`strategy.statuses.${option}`)}</option>
            ))}
          </select>
        </div>
      </div>
      <RecommendationPicker
        candidates={candidates}
        selected={links ? links.split('\n') : []}
        onChange={(key, linked) => setRowLink(row, key, linked)}
        idPrefix={fieldId('links')}
        label={t('strategy.links')}
        readOnly={readOnly}
      />
      {!readOnly && (
        <div className="card__actions">
          {confirming ? (
            <>
              <button type="button" className="button--danger" onClick={() => removeRow(doc, id)}>{t('plan.confirmRemove')}</button>
              <button type="button" className="button--quiet" onClick={() => setConfirming(false)} autoFocus>{t('plan.cancel')}</button>
            </>
          ) : (
            <button type="button" className="button--quiet" onClick={() => setConfirming(true)}>{t('plan.remove')}</button>
          )}
        </div>
      )}
    </article>
  );
});
