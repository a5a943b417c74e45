/**
 * The main area of the screen, for every stage and moment: the amendment under vote, the
 * charter while it is put to the vote, a spotlit item, else the stage's own projection — or
 * the session's notes where a stage has nothing to project.
 */
import type { AgendaSession, Stage } from '../../../../shared/agenda.js';
import type { Amendment } from '../../../../shared/amendments.js';
import { DIALOGUE_SHARED_SECTIONS } from '../../../../shared/dialogue.js';
import type { WorkshopState } from '../../../../shared/events.js';
import type { Section } from '../../../../shared/sections.js';
import { useSectionConnection } from '../../infra/collab/useSectionConnection.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { RecommendationSpotlight } from '../../features/triage/RecommendationSpotlight.js';
import { TriageProjection } from '../../features/triage/TriageProjection.js';
import type { SectionConnection } from '../../infra/collab/SectionConnection.js';
import { AmendmentProjection } from './AmendmentProjection.js';
import { CharterPagesProjection } from './CharterPagesProjection.js';
import { ExperiencesProjection } from './ExperiencesProjection.js';
import { PlanProjection } from './PlanProjection.js';
import { ProjectorBrief } from './ProjectorBrief.js';
import { ResponsesProjection } from './ResponsesProjection.js';
import { SpotlightProjection } from './SpotlightProjection.js';
import { StrategyProjection } from './StrategyProjection.js';

interface ProjectorContentProps {
  workshopId: string;
  token: string;
  session: AgendaSession;
  stage: Stage;
  /** The experiences document, kept open whatever the stage so a spotlit card shows at once. */
  experiences: SectionConnection | null;
}

const amendmentUnderVote = (state: WorkshopState | null): Amendment | null => state?.amendments.items.find((a) => a.status === 'voting') ?? null;

export function ProjectorContent({ workshopId, token, session, stage, experiences }: ProjectorContentProps) {
  const spotlight = useControl((snapshot) => snapshot.state?.spotlight ?? null);
  const amendment = useControl((snapshot) => amendmentUnderVote(snapshot.state));
  const adoptionOpen = useControl((snapshot) => (snapshot.state?.charter.adoptionVoteId ?? null) !== null);
  const dialogueDay = useControl((snapshot) => Boolean(snapshot.state?.dialogue));

  if (amendment) return <AmendmentProjection amendment={amendment} />;
  if (spotlight?.section === 'recommendations') return <RecommendationSpotlight workshopId={workshopId} token={token} recommendationKey={spotlight.itemId} />;
  if (spotlight?.section === 'experiences') return <SpotlightProjection spotlight={spotlight} experiences={experiences?.doc ?? null} />;
  // The projector of a dialogue day never opens the recommendations (the room holds Government too):
  // a spotlit plan row shows in the dialogue projection, with the Government's response beside it.
  if (dialogueDay && !adoptionOpen && (spotlight?.section === 'plan' || spotlight?.section === 'responses')) {
    return <DialogueSection workshopId={workshopId} token={token} spotlitRow={spotlight.itemId} />;
  }
  // A plan row or an activity is spotlit within its own projection, which holds its page.
  const shown = adoptionOpen ? 'charter' : (spotlight?.section ?? stage);
  const spotlitKey = spotlight?.section === shown ? spotlight.itemId : null;
  // The room's screen of a dialogue day opens only the shared sections: while CSOs work among themselves it shows the session.
  if (dialogueDay && !DIALOGUE_SHARED_SECTIONS.includes(shown as Section)) return <ProjectorBrief session={session} />;
  switch (shown) {
    case 'experiences':
      return experiences && <ExperiencesProjection doc={experiences.doc} />;
    case 'recommendations':
      return <TriageProjection workshopId={workshopId} token={token} />;
    case 'plan':
    case 'strategy':
      return <RowsProjection workshopId={workshopId} token={token} section={shown} spotlitKey={spotlitKey} />;
    case 'charter':
      return <CharterSection workshopId={workshopId} token={token} />;
    case 'responses':
      return <DialogueSection workshopId={workshopId} token={token} spotlitRow={null} />;
    default:
      return <ProjectorBrief session={session} />;
  }
}

/** The plan or the strategy, with the recommendations beside it for clusters and paragraph numbers. */
function RowsProjection({ workshopId, token, section, spotlitKey }: { workshopId: string; token: string; section: 'plan' | 'strategy'; spotlitKey: string | null }) {
  const rows = useSectionConnection(workshopId, section, token);
  const recommendations = useSectionConnection(workshopId, 'recommendations', token);
  if (!rows || !recommendations) return null;
  const Projection = section === 'plan' ? PlanProjection : StrategyProjection;
  return <Projection doc={rows.doc} recommendations={recommendations.doc} spotlitKey={spotlitKey} />;
}

/** The dialogue day: the plan and the Government's responses, the documents every layer opens. */
function DialogueSection({ workshopId, token, spotlitRow }: { workshopId: string; token: string; spotlitRow: string | null }) {
  const plan = useSectionConnection(workshopId, 'plan', token);
  const responses = useSectionConnection(workshopId, 'responses', token);
  return plan && responses && <ResponsesProjection plan={plan.doc} responses={responses.doc} spotlitRow={spotlitRow} />;
}

/** Opens the charter document only while it is shown. */
function CharterSection({ workshopId, token }: { workshopId: string; token: string }) {
  const connection = useSectionConnection(workshopId, 'charter', token);
  return connection && <CharterPagesProjection doc={connection.doc} />;
}
