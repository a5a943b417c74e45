/** The dot buttons of one table row during a dot vote. */
import { useTranslation } from 'react-i18next';

interface DotCellProps {
  recommendationKey: string;
  label: string;
  mine: number;
  canAdd: boolean;
  onPlace: (key: string, delta: 1 | -1) => void;
}

/** Minus, my dots as dots and a number, plus; labels name the recommendation. */
export function DotCell({ recommendationKey, label, mine, canAdd, onPlace }: DotCellProps) {
  const { t } = useTranslation();
  return (
    <div className="dot-cell">
      <button type="button" className="dot-cell__button" aria-label={t('triage.dots.remove', { label })} disabled={mine === 0} onClick={() => onPlace(recommendationKey, -1)}>
        −
      </button>
      <span className="dot-cell__mine" data-testid={`my-dots-${recommendationKey}`}>
        <span aria-hidden="true">{'●'.repeat(Math.min(mine, 5))}</span> {mine}
      </span>
      <button type="button" className="dot-cell__button" aria-label={t('triage.dots.add', { label })} disabled={!canAdd} onClick={() => onPlace(recommendationKey, 1)}>
        +
      </button>
    </div>
  );
}
