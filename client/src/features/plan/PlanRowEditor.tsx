/** One row of the implementation plan: every field co-edited at once, the status, who else is in it. */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { PLAN_STATUSES, PLAN_TEXT_FIELDS, type PlanStatus, setPlanStatus } from '../../../../shared/plan.js';
import { readChoice, removeRow, rowText, type SharedRow } from '../../../../shared/sharedRows.js';
import { CollaborativeText } from '../../infra/collab/CollaborativeText.js';
import { EditorsBadge } from '../rows/EditorsBadge.js';
import { useEditingRow } from '../rows/useEditingRow.js';
import { SpotlightButton } from '../room/SpotlightButton.js';
import { useRowLinkKeys, useRowValue } from '../rows/useRowValue.js';

interface PlanRowEditorProps {
  doc: Y.Doc;
  id: string;
  row: SharedRow;
  number: number;
  /** Names the row's recommendations or cluster. */
  describeSubject: (keys: string[], clusterId: string | null) => string;
  editors: string[] | undefined;
  readOnly: boolean;
  /** The facilitator may put the row on the projector. */
  canSpotlight?: boolean;
}

const readStatus = (row: SharedRow) => readChoice(row, 'status', PLAN_STATUSES) ?? 'not-started';
const readClusterId = (row: SharedRow) => {
  const value = row.get('clusterId');
  return typeof value === 'string' ? value : null;
};

/** An article; fields in the matrix order of shared/plan.ts. */
export const PlanRowEditor = memo(function PlanRowEditor({ doc, id, row, number, describeSubject, editors, readOnly, canSpotlight = false }: PlanRowEditorProps) {
  const { t } = useTranslation();
  const status = useRowValue(row, readStatus);
  const clusterId = useRowValue(row, readClusterId);
  const linkKeys = useRowLinkKeys(row);
  const focus = useEditingRow(doc, 'plan', id);
  const [confirming, setConfirming] = useState(false);
  const fieldId = (field: string) => `plan-${id}-${field}`;
  const subject = describeSubject(linkKeys ? linkKeys.split('\n') : [], clusterId);
  return (
    <article className={`plan-row${editors?.length ? ' plan-row--busy' : ''}`} aria-label={t('plan.row', { number })} data-row-id={id} {...focus}>
      <div className="plan-row__head">
        <h2 className="plan-row__subject">{subject || t('plan.noSubject')}</h2>
        <EditorsBadge names={editors} />
        {canSpotlight && <SpotlightButton section="plan" itemId={id} />}
        <label htmlFor={fieldId('status')}>{t('plan.status')}</label>
        <select id={fieldId('status')} value={status} disabled={readOnly} onChange={(event) => setPlanStatus(row, event.target.value as PlanStatus)}>
          {PLAN_STATUSES.map((option) => (
            <option key={option} value={option}>{t(`plan.statuses.${option}`)}</option>
          ))}
        </select>
      </div>
      <div className="plan-row__fields">
        {PLAN_TEXT_FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={fieldId(field)}>{t(`plan.fields.${field}`)}</label>
            <CollaborativeText id={fieldId(field)} text={rowText(row, field)} rows={2} readOnly={readOnly} />
          </div>
        ))}
      </div>
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
