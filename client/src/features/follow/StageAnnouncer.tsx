/** Tells screen-reader users when the room moves to another session, once per move. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomSession } from './useRoomSession.js';

/** A polite live region; the first session seen on opening the page is not announced. */
export function StageAnnouncer() {
  const { t } = useTranslation();
  const { session } = useRoomSession();
  const seen = useRef<string | null | undefined>(undefined);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const id = session?.id ?? null;
    if (seen.current !== undefined && seen.current !== id && session) {
      setMessage(t('follow.roomMoved', { title: session.title, stage: t(`stages.${session.stage}`) }));
    }
    seen.current = id;
  }, [session, t]);

  return (
    <p className="visually-hidden" aria-live="polite" data-testid="stage-announcement">
      {message}
    </p>
  );
}
