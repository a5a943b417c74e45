/**
 * One recommendation in the triage table. Memoised: a row renders again only when its own data
 * object changes (RecommendationRowsStore keeps the others), or its dots or openness do.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Identity } from '../../../../shared/api.js';
import type { ClusterData, RecommendationData, RecommendationEntry } from '../../../../shared/recommendations.js';
import { can } from '../../../../shared/roles.js';
import { effectiveThemes } from '../../../../shared/themeTags.js';
import { SpotlightButton } from '../room/SpotlightButton.js';
import { ClusterSelect } from './ClusterSelect.js';
import { CommentThreads } from './CommentThreads.js';
import { DotCell } from './DotCell.js';
import { LeadOrganisations } from './LeadOrganisations.js';
import { PrioritySelect } from './PrioritySelect.js';
import { ThemeTags } from './ThemeTags.js';
import { recommendationLabel } from './recommendationLabel.js';

interface TriageRowProps {
  recommendation: RecommendationData;
  entry: RecommendationEntry;
  clusters: ClusterData[];
  identity: Identity | null;
  readOnly: boolean;
  open: boolean;
  onToggle: (key: string) => void;
  /** My dots on this row during a dot vote; null when no vote is open. */
  dots: number | null;
  canAddDot: boolean;
  onPlaceDot: (key: string, delta: 1 | -1) => void;
  columns: number;
  /** The facilitator may put the recommendation on the projector. */
  canSpotlight: boolean;
}

/** A table row, and under it, when opened, the themes, leads and comments. `data-label` names a cell where the row is shown as a card (narrow screens). */
export const TriageRow = memo(function TriageRow(props: TriageRowProps) {
  const { recommendation: r, entry, clusters, identity, readOnly, open, onToggle, dots, canAddDot, onPlaceDot, columns, canSpotlight } = props;
  const { t } = useTranslation();
  const label = recommendationLabel(r, 40);
  const detailsId = `triage-details-${r.key.replace(/[^\w-]/g, '_')}`;
  const themes = effectiveThemes(r);
  const decidesPriority = identity !== null && can(identity.role, 'runAgenda');
  return (
    <>
      <tr data-key={r.key} className={open ? 'triage-row triage-row--open' : 'triage-row'}>
        <th scope="row" className="triage-row__ref">{r.ref ?? '—'}</th>
        <td className="triage-row__text">
          {r.text}
          {themes.length > 0 && (
            <span className="triage-row__themes">
              {themes.map((theme) => (
                <span key={theme} className="tag">{theme}</span>
              ))}
            </span>
          )}
        </td>
        <td data-label={t('triage.columns.states')}>{r.recommendingStates.join(', ')}</td>
        <td data-label={t('triage.columns.position')}>{t(`triage.responses.${r.response}`)}</td>
        <td data-label={t('triage.columns.priority')}>
          <PrioritySelect recommendationKey={r.key} priority={r.priority} label={label} decides={decidesPriority} workshopId={identity?.workshopId ?? ''} />
        </td>
        <td data-label={t('triage.columns.leads')}>{r.leadOrganisations.join(', ')}</td>
        {clusters.length > 0 && (
          <td data-label={t('triage.columns.cluster')}>
            <ClusterSelect entry={entry} clusterId={r.clusterId} clusters={clusters} label={t('triage.clusterOf', { label })} readOnly={readOnly} />
          </td>
        )}
        {dots !== null && (
          <td data-label={t('triage.columns.dots')}>
            <DotCell recommendationKey={r.key} label={label} mine={dots} canAdd={canAddDot} onPlace={onPlaceDot} />
          </td>
        )}
        <td className="triage-row__open">
          <button type="button" className="button--quiet" aria-expanded={open} aria-controls={detailsId} onClick={() => onToggle(r.key)}>
            {t('triage.details', { count: r.comments.length })}
            <span className="visually-hidden"> {label}</span>
          </button>
        </td>
      </tr>
      {open && (
        <tr id={detailsId} className="triage-details">
          <td colSpan={columns}>
            {canSpotlight && (
              <div className="actions">
                <SpotlightButton section="recommendations" itemId={r.key} />
              </div>
            )}
            <div className="triage-details__body">
              <div>
                <ThemeTags entry={entry} themes={r.themes} themeTags={r.themeTags} idPrefix={detailsId} readOnly={readOnly} />
                <LeadOrganisations entry={entry} leads={r.leadOrganisations} myOrganisation={identity?.organisation ?? null} idPrefix={detailsId} readOnly={readOnly} />
              </div>
              <CommentThreads entry={entry} comments={r.comments} identity={identity} idPrefix={detailsId} readOnly={readOnly} />
            </div>
          </td>
        </tr>
      )}
    </>
  );
});
