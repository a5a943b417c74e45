/** "Alice and Bold are editing": shown on a row others have focused. */
import { useTranslation } from 'react-i18next';

/** A polite live region, so a screen-reader user hears when someone joins their row. */
export function EditorsBadge({ names }: { names: string[] | undefined }) {
  const { t } = useTranslation();
  return (
    <p className="editors-badge" aria-live="polite" data-testid="row-editors">
      {names && names.length > 0 ? t('rows.editing', { names: names.join(', '), count: names.length }) : ''}
    </p>
  );
}
