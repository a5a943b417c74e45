/**
 * The links people open, built the same way on both sides. Tokens travel in the URL fragment,
 * which browsers never send to servers or in Referer headers.
 */

/** Who can open a link: anyone (`PUBLIC_URL`), devices on the venue network (a LAN address), or only this computer. */
export type LinkReach = 'public' | 'network' | 'local';

/** The address links start with, as the server worked it out from its configuration and network interfaces. */
export interface LinkBase {
  url: string;
  reach: LinkReach;
}

export const joinLink = (base: string, joinCode: string) => `${base}/join?code=${joinCode}`;

/** A delegate's personal invitation link: the secret in the fragment, as every token. */
export const invitationLink = (base: string, workshopId: string, secret: string) => `${base}/w/${workshopId}/invite#invite=${secret}`;

export const projectorLink = (base: string, workshopId: string, projectorToken: string) =>
  `${base}/w/${workshopId}/projector#token=${projectorToken}`;

/**
 * The facilitator's link also carries the projector's token, so the console can hand out the
 * projector link again: the server keeps only hashes and cannot rebuild it.
 */
export const facilitatorLink = (base: string, workshopId: string, facilitatorToken: string, projectorToken: string | null) =>
  `${base}/w/${workshopId}/facilitator#token=${facilitatorToken}${projectorToken ? `&projector=${projectorToken}` : ''}`;
