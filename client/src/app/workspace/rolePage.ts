/** What every role's page receives once the session is known. */
import type { MeResponse } from '../../../../shared/api.js';

export interface RolePageProps {
  workshopId: string;
  token: string;
  me: MeResponse;
}
