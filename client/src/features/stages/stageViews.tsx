/**
 * The working view of each section, in one table: a section without an entry shows its session's
 * title and notes. New views (triage, charter, …) are added here and nowhere else; a view may be
 * lazy (`StageWorkspace` renders it inside `OnDemand`).
 */
import type { ComponentType } from 'react';
import { lazy } from '../../infra/ui/lazy.js';
import type { Stage } from '../../../../shared/agenda.js';
import type { Section } from '../../../../shared/sections.js';
import { ExperiencesOverview } from '../experiences/ExperiencesOverview.js';
import { ExperiencesPanel } from '../experiences/ExperiencesPanel.js';
import { PlanPanel } from '../plan/PlanPanel.js';
import { SpotlightButton } from '../room/SpotlightButton.js';
import { StrategyPanel } from '../strategy/StrategyPanel.js';
import { TriagePanel } from '../triage/TriagePanel.js';
import type { StageViewProps } from './StageViewProps.js';

// The charter editor (Tiptap, ProseMirror) is most of the client's weight: it loads when the room gets there.
const CharterView = lazy(() => import('../charter/CharterView.js').then((m) => ({ default: m.CharterView })));
// Only a dialogue day has it.
const ResponsesPanel = lazy(() => import('../dialogue/ResponsesPanel.js').then((m) => ({ default: m.ResponsesPanel })));

function ExperiencesStageView({ doc, readOnly, canSpotlight }: StageViewProps) {
  return (
    <>
      <ExperiencesPanel
        doc={doc}
        readOnly={readOnly}
        cardActions={canSpotlight ? (cardId) => <SpotlightButton section="experiences" itemId={cardId} /> : undefined}
      />
      <ExperiencesOverview doc={doc} />
    </>
  );
}

export const STAGE_VIEWS: Partial<Record<Section, ComponentType<StageViewProps>>> = {
  experiences: ExperiencesStageView,
  recommendations: TriagePanel,
  plan: PlanPanel,
  strategy: StrategyPanel,
  charter: CharterView,
  responses: ResponsesPanel,
};

/** The section whose document a page must open to show this stage, or null when there is no view. */
export function sectionWithView(stage: Stage): Section | null {
  return stage !== 'plenary' && STAGE_VIEWS[stage] ? stage : null;
}
