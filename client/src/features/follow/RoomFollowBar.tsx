/** "You are following the room", or where the reader is instead and a one-click way back. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { maySeeSection, visibilityOf } from '../../../../shared/dialogue.js';
import { SECTIONS, type Section } from '../../../../shared/sections.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { usePageSession } from '../../infra/session/SessionContext.js';
import { browse, followRoom, viewedStage, type FollowStore } from './followStore.js';
import { useRoomSession } from './useRoomSession.js';

/**
 * The section picker is a plain select: it works with a keyboard and on every phone. The
 * facilitator runs the room rather than follows it, and is told so in those words.
 */
export function RoomFollowBar({ follow, forFacilitator = false }: { follow: FollowStore; forFacilitator?: boolean }) {
  const { t } = useTranslation();
  const pickerId = useId();
  const browsing = useStore(follow, (state) => state.browsing);
  const { session, stage: roomStage } = useRoomSession();
  const { stage, following } = viewedStage(browsing, roomStage);
  const notStarted = forFacilitator ? t('consoleRun.notStarted') : t('follow.notStarted');
  // On a dialogue day a layer other than the CSOs' opens only the shared sections (the server refuses the rest).
  const identity = usePageSession()?.identity;
  const dialogue = useControl((snapshot) => Boolean(snapshot.state?.dialogue));
  const visibility = visibilityOf(dialogue, identity?.role ?? 'facilitator', identity?.layer ?? null);
  const sections = SECTIONS.filter((section) => maySeeSection(visibility, section) && (dialogue || section !== 'responses'));
  const roomPlace = session ? t('follow.roomAt', { title: session.title, stage: t(`stages.${session.stage}`) }) : notStarted;

  return (
    <div className={`follow-bar${following ? ' follow-bar--following' : ' follow-bar--browsing'}`} data-testid="follow-bar" data-following={following}>
      <div className="follow-bar__state">
        {following ? (
          <p className="follow-bar__title">
            <span className="follow-bar__dot" aria-hidden="true" />
            {forFacilitator ? t('consoleRun.youRunTheRoom') : t('follow.following')}
          </p>
        ) : (
          <p className="follow-bar__title">{t('follow.browsing', { section: t(`stages.${stage}`) })}</p>
        )}
        <p className="follow-bar__room">{roomPlace}</p>
      </div>
      {!following && (
        <button type="button" className="button--primary" onClick={() => followRoom(follow)}>
          {t('follow.backToRoom')}
        </button>
      )}
      <div className="follow-bar__picker">
        <label htmlFor={pickerId}>{t('follow.picker')}</label>
        <select id={pickerId} value={browsing ?? ''} onChange={(event) => (event.target.value ? browse(follow, event.target.value as Section, roomStage) : followRoom(follow))}>
          <option value="">{t('follow.pickerRoom')}</option>
          {sections.map((section) => (
            <option key={section} value={section}>
              {t(`stages.${section}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
