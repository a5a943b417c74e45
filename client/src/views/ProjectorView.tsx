/** `/w/:id/projector`: the read-only room screen. */
import { LanguageSwitch } from '../i18n/LanguageSwitch.js';
import { useSectionConnection } from '../collab/useSectionConnection.js';
import { useSyncStatus } from '../collab/useSyncStatus.js';
import { usePresence } from '../presence/usePresence.js';
import { ExperiencesProjection } from '../projector/ExperiencesProjection.js';
import { JoinBanner } from '../projector/JoinBanner.js';
import { ProjectorStatus } from '../projector/ProjectorStatus.js';
import { SessionProblem } from '../workspace/SessionProblem.js';
import { useWorkshopSession } from '../workspace/useWorkshopSession.js';

/** Join banner and headcount on top, the experiences timeline below. */
export function ProjectorView({ workshopId }: { workshopId: string }) {
  const session = useWorkshopSession(workshopId, 'projector');
  const token = session.kind === 'ready' ? session.token : null;
  const connection = useSectionConnection(workshopId, 'experiences', token);
  const presence = usePresence(token);
  const syncStatus = useSyncStatus(connection);

  if (session.kind !== 'ready') return <SessionProblem session={session} />;
  return (
    <main id="main" className="projector">
      <header className="projector__head">
        <p className="projector__title">{session.me.workshop.title}</p>
        <ProjectorStatus presence={presence} syncStatus={syncStatus} />
        <LanguageSwitch />
      </header>
      <JoinBanner joinCode={session.me.workshop.joinCode} />
      {connection && <ExperiencesProjection doc={connection.doc} />}
    </main>
  );
}
