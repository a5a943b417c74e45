/**
 * The console's view of the room's screen: the projector component itself, drawn at 1920×1080
 * and scaled down, so the preview is what the room sees; and the screen's controls — the result
 * shown, the join code's size, the timer.
 */
import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shownResult } from '../../../../shared/projectorScreen.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { useVotes } from '../../features/votes/useVotes.js';
import type { RolePageProps } from '../workspace/rolePage.js';
import { ProjectorScreen } from './ProjectorScreen.js';
// Words that load with this screen, not with the first visit.
import './screenCatalogue.js';

/** The width of the screen the preview draws, scaled down to the panel's width. */
const SCREEN_WIDTH = 1920;

export function ProjectorPreview(props: RolePageProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const scale = useWidthScale(box, SCREEN_WIDTH);
  useNamelessSubtree(box);
  return (
    <section className="panel projector-preview" aria-labelledby="projector-preview-heading">
      <h2 id="projector-preview-heading">{t('screen.console.title')}</h2>
      {/* A picture of the screen, not a second set of controls (inert), naming nothing the console names too (no ids). */}
      <div ref={box} className="projector-preview__screen" role="img" aria-label={t('screen.console.preview')} data-testid="projector-preview">
        <div inert style={{ transform: `scale(${scale})`, transformOrigin: 'top left' }}>
          <ProjectorScreen {...props} embedded />
        </div>
      </div>
      <ScreenControls />
    </section>
  );
}

function ScreenControls() {
  const { t } = useTranslation();
  const command = useCommand();
  const votes = useVotes();
  const projector = useControl((snapshot) => snapshot.state?.projector);
  const timerSet = useControl((snapshot) => (snapshot.state?.timer.durationMs ?? 0) > 0);
  const resultShown = shownResult(votes.closed, projector) !== null;
  const joinLarge = projector?.joinCodeLarge ?? false;
  return (
    <div className="actions">
      {votes.closed.length > 0 && (
        <button type="button" disabled={command.busy} onClick={() => void command.run('projector:results', { shown: !resultShown })}>
          {resultShown ? t('screen.console.hideResult') : t('screen.console.showResult')}
        </button>
      )}
      <button type="button" disabled={command.busy} onClick={() => void command.run('projector:join-code', { large: !joinLarge })}>
        {joinLarge ? t('screen.console.joinCompact') : t('screen.console.joinLarge')}
      </button>
      {timerSet && (
        <button type="button" disabled={command.busy} onClick={() => void command.run('timer:clear')}>
          {t('screen.console.clearTimer')}
        </button>
      )}
      <ErrorNotice message={command.error} />
    </div>
  );
}

/** The box's width over `width`, kept current as the console's column changes size. */
function useWidthScale(box: RefObject<HTMLDivElement | null>, width: number): number {
  const [scale, setScale] = useState(0.15);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setScale(element.clientWidth / width);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [box, width]);
  return scale;
}

/**
 * Takes the ids and test ids off everything drawn in the box, now and as it changes: the screen's
 * components name their headings and lists, and the console, which shows the same components,
 * must not hold two elements by one name (nor a test find the picture instead of the console).
 */
function useNamelessSubtree(box: RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const strip = () => {
      for (const named of element.querySelectorAll('[id], [data-testid]')) {
        named.removeAttribute('id');
        named.removeAttribute('data-testid');
      }
    };
    strip();
    const observer = new MutationObserver(strip);
    observer.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: ['id', 'data-testid'] });
    return () => observer.disconnect();
  }, [box]);
}
