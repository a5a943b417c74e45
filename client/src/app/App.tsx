/** Chooses the view for the current route. */
import { lazy } from '../infra/ui/lazy.js';
import { useRoute } from './routing/locationStore.js';
import { OnDemand } from '../infra/ui/OnDemand.js';
import { InviteView } from './views/InviteView.js';
import { JoinView } from './views/JoinView.js';
import { NotFoundView } from './views/NotFoundView.js';
import { WorkspaceView } from './views/WorkspaceView.js';

// A participant's first visit is the join page then the workspace: only those come with the entry.
const OrganiserView = lazy(() => import('./views/OrganiserView.js').then((m) => ({ default: m.OrganiserView })));
const ProjectorView = lazy(() => import('./views/ProjectorView.js').then((m) => ({ default: m.ProjectorView })));
const ExportView = lazy(() => import('./views/ExportView.js').then((m) => ({ default: m.ExportView })));
const TrackingView = lazy(() => import('./views/TrackingView.js').then((m) => ({ default: m.TrackingView })));

/** The whole client. */
export function App() {
  const route = useRoute();
  switch (route.view) {
    case 'join':
      return <JoinView initialCode={route.code} />;
    case 'organiser':
      return (
        <OnDemand page>
          <OrganiserView />
        </OnDemand>
      );
    case 'workspace':
      return <WorkspaceView key={`${route.workshopId}:${route.role}`} workshopId={route.workshopId} role={route.role} />;
    case 'projector':
      return (
        <OnDemand page>
          <ProjectorView key={route.workshopId} workshopId={route.workshopId} />
        </OnDemand>
      );
    case 'export':
      return (
        <OnDemand page>
          <ExportView key={route.workshopId} workshopId={route.workshopId} />
        </OnDemand>
      );
    case 'tracking':
      return (
        <OnDemand page>
          <TrackingView key={route.workshopId} workshopId={route.workshopId} />
        </OnDemand>
      );
    case 'invite':
      return <InviteView key={route.workshopId} workshopId={route.workshopId} />;
    case 'notFound':
      return <NotFoundView />;
  }
}
