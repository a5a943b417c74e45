/**
 * A participant's page shows who the server says they are: when the room names them otherwise
 * (a merge or a match made while this page was asleep or offline, so it missed `session:changed`),
 * it asks "who am I" again and the page follows, without a reload by hand.
 */
import { useEffect } from 'react';
import type { Identity } from '../../../../shared/api.js';
import { useControl } from '../../infra/control/ControlContext.js';

/** Renders nothing; calls `onChanged` once each time the live presence names this participant otherwise. */
export function IdentityFollower({ identity, onChanged }: { identity: Identity; onChanged: () => void }) {
  // Their own entry of the presence list is built from the handshake of their newest connection;
  // a state kept from an earlier visit may be older than the page's identity, so only a live one counts.
  const own = useControl((snapshot) =>
    snapshot.link === 'connected' ? (snapshot.state?.presence.find((entry) => entry.id === identity.participantId) ?? null) : null,
  );
  const differs = own !== null && (own.organisation !== identity.organisation || own.name !== identity.name);
  useEffect(() => {
    if (differs) onChanged();
  }, [differs, onChanged]);
  return null;
}
