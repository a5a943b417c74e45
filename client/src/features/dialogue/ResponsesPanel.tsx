/**
 * The dialogue day's working view (stage `responses`): every plan row with the CSOs' text beside
 * the Government's response. Government representatives write the response (their layer is the
 * only one the server lets write this document); everyone else reads it. A row both sides agreed
 * on shows as a joint commitment; the facilitator records the agreement of named representatives.
 */
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { GOVERNMENT_POSITIONS, type GovernmentPosition, type JointCommitment, type Layer } from '../../../../shared/dialogue.js';
import type { PlanRowData, PlanTextField } from '../../../../shared/plan.js';
import { type GovernmentResponse, RESPONSE_TEXT_FIELDS, responseText, setPosition } from '../../../../shared/responses.js';
import { CollaborativeText } from '../../infra/collab/CollaborativeText.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { usePageSession } from '../../infra/session/SessionContext.js';
import { useSectionDoc } from '../../infra/session/useSectionDoc.js';
import type { StageViewProps } from '../stages/StageViewProps.js';
import { SpotlightButton } from '../room/SpotlightButton.js';
import { RecordAgreement } from './RecordAgreement.js';
import { rowSubject, usePlanView, useResponses } from './useDialogueData.js';
import './dialogue.css';
// Words that load with this screen, not with the first visit.
import './dialogueCatalogue.js';

const PLAN_FIELDS: readonly PlanTextField[] = ['governmentActions', 'civilSocietyActions', 'timeline', 'indicators'];

export function ResponsesPanel({ doc, readOnly, synced, canSpotlight }: StageViewProps) {
  const { t } = useTranslation();
  const plan = useSectionDoc('plan');
  const session = usePageSession();
  const mayWrite = !readOnly && session?.identity.role === 'participant' && session.identity.layer === 'government';
  // Not before the server's state is here: a row's text may live in the row's own map in a day
  // written before top-level texts (`shared/responses.ts`), and a field bound before it arrives
  // would write where no one else reads.
  const writes = mayWrite && synced;
  return (
    <section className="section responses" aria-labelledby="responses-heading">
      <h2 id="responses-heading">{t('dialogue.responses.title')}</h2>
      <p className="hint">{t('dialogue.responses.intro')}</p>
      {mayWrite && !synced && (
        <p className="notice" role="status" data-testid="responses-waiting">
          {t('dialogue.responses.waitingForSync')}
        </p>
      )}
      {plan && <ResponseRows plan={plan} doc={doc} writes={writes} runsRoom={canSpotlight} />}
    </section>
  );
}

function ResponseRows({ plan, doc, writes, runsRoom }: { plan: Y.Doc; doc: Y.Doc; writes: boolean; runsRoom: boolean }) {
  const { t } = useTranslation();
  const { rows, references } = usePlanView(plan);
  const responses = useResponses(doc);
  const commitments = useControl((snapshot) => snapshot.state?.dialogue?.commitments ?? null);
  if (rows.length === 0) return <p className="empty">{t('dialogue.responses.empty')}</p>;
  return (
    <ol className="responses__rows">
      {rows.map((row, index) => (
        <li key={row.id}>
          <ResponseRow
            number={index + 1}
            row={row}
            subject={rowSubject(row, references) || t('dialogue.responses.noSubject')}
            response={responses.get(row.id) ?? null}
            doc={doc}
            writes={writes}
            commitment={commitments?.[row.id] ?? null}
            runsRoom={runsRoom}
          />
        </li>
      ))}
    </ol>
  );
}

interface ResponseRowProps {
  number: number;
  row: PlanRowData;
  subject: string;
  response: GovernmentResponse | null;
  doc: Y.Doc;
  writes: boolean;
  commitment: JointCommitment | null;
  runsRoom: boolean;
}

function ResponseRow({ number, row, subject, response, doc, writes, commitment, runsRoom }: ResponseRowProps) {
  const { t } = useTranslation();
  const label = t('dialogue.responses.row', { number });
  const id = `response-${row.id}`;
  return (
    <article className={`response-row${commitment ? ' response-row--committed' : ''}`} aria-label={label} data-row-id={row.id}>
      <div className="response-row__head">
        <h3 className="response-row__subject">{subject}</h3>
        {runsRoom && <SpotlightButton section="plan" itemId={row.id} />}
      </div>
      {commitment && <CommitmentBadge commitment={commitment} />}
      <div className="response-row__sides">
        <dl className="response-row__plan" aria-label={t('dialogue.responses.plan')}>
          {PLAN_FIELDS.filter((field) => row[field].trim()).map((field) => (
            <div key={field}>
              <dt>{t(`plan.fields.${field}`)}</dt>
              <dd>{row[field]}</dd>
            </div>
          ))}
        </dl>
        <div className="response-row__government" role="group" aria-label={t('dialogue.responses.government')}>
          {writes ? (
            <>
              <div className="field">
                <label htmlFor={`${id}-position`}>{t('dialogue.responses.position')}</label>
                <select id={`${id}-position`} value={response?.position ?? ''} onChange={(event) => setPosition(doc, row.id, event.target.value as GovernmentPosition)}>
                  <option value="" disabled>
                    {t('dialogue.responses.noPosition')}
                  </option>
                  {GOVERNMENT_POSITIONS.map((position) => (
                    <option key={position} value={position}>
                      {t(`dialogue.responses.positions.${position}`)}
                    </option>
                  ))}
                </select>
              </div>
              {RESPONSE_TEXT_FIELDS.map((field) => (
                <div className="field" key={field}>
                  <label htmlFor={`${id}-${field}`}>{t(`dialogue.responses.fields.${field}`)}</label>
                  <CollaborativeText id={`${id}-${field}`} text={responseText(doc, row.id, field)} rows={field === 'comments' ? 3 : 1} />
                </div>
              ))}
            </>
          ) : (
            <dl>
              <div>
                <dt>{t('dialogue.responses.position')}</dt>
                <dd data-testid="government-position">{response?.position ? t(`dialogue.responses.positions.${response.position}`) : t('dialogue.responses.noPosition')}</dd>
              </div>
              {RESPONSE_TEXT_FIELDS.filter((field) => response?.[field].trim()).map((field) => (
                <div key={field}>
                  <dt>{t(`dialogue.responses.fields.${field}`)}</dt>
                  <dd>{response![field]}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      </div>
      {runsRoom && <RecordAgreement rowId={row.id} committed={commitment !== null} />}
    </article>
  );
}

const SIDE_ORDER: readonly Layer[] = ['government', 'cso', 'un', 'nhrc'];

function CommitmentBadge({ commitment }: { commitment: JointCommitment }) {
  const { t } = useTranslation();
  // Each representative under the side they spoke for, Government first, as the exports say it.
  const names = SIDE_ORDER.flatMap((layer) => {
    const named = commitment.representatives.filter((r) => r.layer === layer).map((r) => (r.organisation ? `${r.name} (${r.organisation})` : r.name));
    return named.length > 0 ? [`${t(`dialogue.responses.sides.${layer}`)}: ${named.join(', ')}`] : [];
  }).join('; ');
  const tally = commitment.tally && Object.entries(commitment.tally.counts).map(([choice, count]) => `${t(`votes.choices.${choice}`, { defaultValue: choice })}: ${count}`).join(', ');
  const how = !commitment.voteId
    ? t('dialogue.responses.confirmedBy', { names })
    : tally
      ? t('dialogue.responses.confirmedByTally', { tally })
      : t('dialogue.responses.confirmedByVote');
  return (
    <p className="response-row__commitment" data-testid="joint-commitment">
      <strong>{t('dialogue.responses.committed')}</strong> · {how}
    </p>
  );
}
