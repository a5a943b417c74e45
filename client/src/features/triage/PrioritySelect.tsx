/**
 * A recommendation's priority. The room's priority is the facilitator's decision, sent as
 * `priority:set`; a participant sees it and may keep their own view beside it, on this device.
 */
import { useTranslation } from 'react-i18next';
import { PRIORITIES, type Priority } from '../../../../shared/priorities.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { setMyPriority, useMyPriority } from './myPriorities.js';

interface PrioritySelectProps {
  recommendationKey: string;
  /** The room's priority. */
  priority: Priority | null;
  /** Names the recommendation, since the table shows many of these. */
  label: string;
  /** The facilitator decides the room's priority; others keep their own view. */
  decides: boolean;
  workshopId: string;
}

export function PrioritySelect({ recommendationKey, priority, label, decides, workshopId }: PrioritySelectProps) {
  const { t } = useTranslation();
  const { run, error, busy } = useCommand();
  if (decides) {
    return (
      <>
        <PriorityChoice
          label={t('triage.priorityOf', { label })}
          value={priority}
          disabled={busy}
          onChange={(next) => void run('priority:set', { priorities: { [recommendationKey]: next } })}
        />
        {error && <span className="notice notice--error" role="alert">{error}</span>}
      </>
    );
  }
  return <RoomAndOwnPriority recommendationKey={recommendationKey} priority={priority} label={label} workshopId={workshopId} />;
}

/** The room's priority as words, and the reader's own choice, which only they see. */
function RoomAndOwnPriority({ recommendationKey, priority, label, workshopId }: Omit<PrioritySelectProps, 'decides'>) {
  const { t } = useTranslation();
  const mine = useMyPriority(workshopId, recommendationKey);
  return (
    <div className="priority-cell">
      <span className={`priority priority--${priority ?? 'unset'}`} data-testid={`room-priority-${recommendationKey}`}>
        <span className="visually-hidden">{t('triage.roomPriority')}: </span>
        {priority ? t(`triage.priorities.${priority}`) : t('triage.priorityUnset')}
      </span>
      <PriorityChoice
        label={t('triage.myPriorityOf', { label })}
        value={mine}
        unsetLabel={t('triage.myPriorityUnset')}
        onChange={(next) => setMyPriority(workshopId, recommendationKey, next)}
      />
    </div>
  );
}

interface PriorityChoiceProps {
  label: string;
  value: Priority | null;
  unsetLabel?: string;
  disabled?: boolean;
  onChange: (priority: Priority | null) => void;
}

/** A select; the empty choice clears. */
function PriorityChoice({ label, value, unsetLabel, disabled = false, onChange }: PriorityChoiceProps) {
  const { t } = useTranslation();
  return (
    <select
      aria-label={label}
      className={`priority priority--${value ?? 'unset'}`}
      value={value ?? ''}
      disabled={disabled}
      onChange={(event) => onChange((event.target.value || null) as Priority | null)}
    >
      <option value="">{unsetLabel ?? t('triage.priorityUnset')}</option>
      {PRIORITIES.map((option) => (
        <option key={option} value={option}>{t(`triage.priorities.${option}`)}</option>
      ))}
    </select>
  );
}
