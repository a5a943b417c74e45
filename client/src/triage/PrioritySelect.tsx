/** A recommendation's priority, set for the whole room. */
import { useTranslation } from 'react-i18next';
import { PRIORITIES, type Priority, type RecommendationEntry, setPriority } from '../../../shared/recommendations.js';

interface PrioritySelectProps {
  entry: RecommendationEntry;
  priority: Priority | null;
  /** Names the recommendation, since the table shows many of these selects. */
  label: string;
  readOnly: boolean;
}

/** A select; the empty choice clears the priority. */
export function PrioritySelect({ entry, priority, label, readOnly }: PrioritySelectProps) {
  const { t } = useTranslation();
  return (
    <select
      aria-label={label}
      className={`priority priority--${priority ?? 'unset'}`}
      value={priority ?? ''}
      disabled={readOnly}
      onChange={(event) => setPriority(entry, (event.target.value || null) as Priority | null)}
    >
      <option value="">{t('triage.priorityUnset')}</option>
      {PRIORITIES.map((option) => (
        <option key={option} value={option}>{t(`triage.priorities.${option}`)}</option>
      ))}
    </select>
  );
}
