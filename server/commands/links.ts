/** The links people open. Tokens travel in the URL fragment, which browsers never send to servers or in Referer headers. */
import type { WorkshopLinks } from '../../shared/api.js';

export function workshopLinks(
  baseUrl: string,
  workshopId: string,
  joinCode: string,
  facilitatorToken: string,
  projectorToken: string,
): WorkshopLinks {
  return {
    facilitator: `${baseUrl}/w/${workshopId}/facilitator#token=${facilitatorToken}`,
    projector: `${baseUrl}/w/${workshopId}/projector#token=${projectorToken}`,
    join: joinLink(baseUrl, joinCode),
  };
}

export const joinLink = (baseUrl: string, joinCode: string) => `${baseUrl}/join?code=${joinCode}`;

export const organiserLink = (baseUrl: string, organiserKey: string) => `${baseUrl}/organiser#key=${organiserKey}`;
