/** The client's routes, parsed from a path; the server falls back to index.html for all of them. */
export type Route =
  | { view: 'join'; code: string }
  | { view: 'organiser' }
  | { view: 'workspace'; workshopId: string; role: 'participant' | 'facilitator' }
  | { view: 'projector'; workshopId: string }
  | { view: 'export'; workshopId: string }
  | { view: 'tracking'; workshopId: string }
  | { view: 'invite'; workshopId: string }
  | { view: 'notFound' };

const WORKSHOP_PATH = /^\/w\/([A-Za-z0-9_-]{1,64})(?:\/(facilitator|projector|export|tracking|invite))?\/?$/;

/** Reads a route from a path and query string. */
export function parseRoute(pathname: string, search: string): Route {
  if (pathname === '/' || pathname === '/join' || pathname === '/join/') {
    return { view: 'join', code: new URLSearchParams(search).get('code') ?? '' };
  }
  if (pathname === '/organiser' || pathname === '/organiser/') return { view: 'organiser' };
  const match = WORKSHOP_PATH.exec(pathname);
  if (match?.[1]) {
    const workshopId = match[1];
    if (match[2] === 'projector') return { view: 'projector', workshopId };
    if (match[2] === 'export') return { view: 'export', workshopId };
    if (match[2] === 'tracking') return { view: 'tracking', workshopId };
    if (match[2] === 'invite') return { view: 'invite', workshopId };
    return { view: 'workspace', workshopId, role: match[2] === 'facilitator' ? 'facilitator' : 'participant' };
  }
  return { view: 'notFound' };
}
