/** Chooses the view for the current route. */
import { useRoute } from './routing/locationStore.js';
import { ExportView } from './views/ExportView.js';
import { JoinView } from './views/JoinView.js';
import { NotFoundView } from './views/NotFoundView.js';
import { OrganiserView } from './views/OrganiserView.js';
import { ProjectorView } from './views/ProjectorView.js';
import { WorkspaceView } from './views/WorkspaceView.js';

/** The whole client. */
export function App() {
  const route = useRoute();
  switch (route.view) {
    case 'join':
      return <JoinView initialCode={route.code} />;
    case 'organiser':
      return <OrganiserView />;
    case 'workspace':
      return <WorkspaceView key={`${route.workshopId}:${route.role}`} workshopId={route.workshopId} role={route.role} />;
    case 'projector':
      return <ProjectorView key={route.workshopId} workshopId={route.workshopId} />;
    case 'export':
      return <ExportView key={route.workshopId} workshopId={route.workshopId} />;
    case 'notFound':
      return <NotFoundView />;
  }
}
