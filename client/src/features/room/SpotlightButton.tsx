/** The facilitator's "Spotlight" button on an item: puts it large on the projector, or takes it off. */
import { useTranslation } from 'react-i18next';
import type { Section } from '../../../../shared/sections.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';

/** aria-pressed tells whether this item is the one on the screen. */
export function SpotlightButton({ section, itemId }: { section: Section; itemId: string }) {
  const { t } = useTranslation();
  const spotlight = useControl((snapshot) => snapshot.state?.spotlight ?? null);
  const command = useCommand();
  const active = spotlight?.section === section && spotlight.itemId === itemId;
  const handleClick = () => void (active ? command.run('spotlight:clear') : command.run('spotlight', { section, itemId }));
  return (
    <>
      <button type="button" aria-pressed={active} className={active ? 'button--primary' : undefined} onClick={handleClick} disabled={command.busy}>
        {t('spotlight.button')}
      </button>
      <ErrorNotice message={command.error} />
    </>
  );
}
