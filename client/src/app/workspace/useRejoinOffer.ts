/**
 * "Continue as …": a device that already joined the workshop a join link names keeps its
 * participant token; opening the link again offers that identity instead of making a second one
 * (which would leave the first one's raised hand and presence behind as a ghost).
 */
import { useEffect, useState } from 'react';
import type { Identity } from '../../../../shared/api.js';
import { normaliseJoinCode } from '../../infra/api/joinCode.js';
import { fetchMe, lookUpJoinCode } from '../../infra/api/workshopsApi.js';
import { loadToken } from '../../infra/auth/tokenStore.js';

/** The identity this device holds in the workshop, and where it continues. */
export interface RejoinOffer {
  workshopId: string;
  identity: Identity;
}

/**
 * Asks the server who the kept token is (a token the server no longer accepts offers nothing);
 * any failure simply leaves the join form as it was.
 */
export function useRejoinOffer(code: string): RejoinOffer | null {
  const [offer, setOffer] = useState<RejoinOffer | null>(null);
  useEffect(() => {
    if (!code) return;
    let current = true;
    void (async () => {
      const { workshopId } = await lookUpJoinCode(normaliseJoinCode(code));
      const token = loadToken(workshopId, 'participant');
      if (!token) return;
      const me = await fetchMe(workshopId, token);
      if (current && me.identity.role === 'participant') setOffer({ workshopId, identity: me.identity });
    })().catch(() => undefined);
    return () => {
      current = false;
    };
  }, [code]);
  return offer;
}
