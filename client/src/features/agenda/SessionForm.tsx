/** Title, times, stage and notes of one session, for adding and for editing. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionFields } from '../../../../shared/agenda.js';
import { STAGES, type Stage } from '../../../../shared/agendaReading.js';

interface SessionFormProps {
  initial: SessionFields;
  submitLabel: string;
  busy: boolean;
  onSubmit: (fields: SessionFields) => void;
  onCancel: () => void;
}

/** The browser's time inputs give HH:MM, the format the server expects. */
export function SessionForm({ initial, submitLabel, busy, onSubmit, onCancel }: SessionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [fields, setFields] = useState<SessionFields>(initial);
  const [orderError, setOrderError] = useState(false);
  const set = <K extends keyof SessionFields>(key: K, value: SessionFields[K]) => setFields((current) => ({ ...current, [key]: value }));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    // A session ending before it starts is almost always a typo; the server would store it.
    if (fields.endsAt < fields.startsAt) {
      setOrderError(true);
      return;
    }
    setOrderError(false);
    onSubmit({ ...fields, title: fields.title.trim() });
  };

  return (
    <form className="session-form" onSubmit={handleSubmit}>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('agenda.sessionTitle')}</label>
        <input id={`${id}-title`} value={fields.title} onChange={(event) => set('title', event.target.value)} required maxLength={200} autoFocus />
      </div>
      <div className="session-form__row">
        <div className="field">
          <label htmlFor={`${id}-starts`}>{t('agenda.startsAt')}</label>
          <input id={`${id}-starts`} type="time" value={fields.startsAt} onChange={(event) => set('startsAt', event.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-ends`}>{t('agenda.endsAt')}</label>
          <input
            id={`${id}-ends`}
            type="time"
            value={fields.endsAt}
            onChange={(event) => set('endsAt', event.target.value)}
            required
            aria-invalid={orderError || undefined}
            aria-describedby={orderError ? `${id}-order` : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-stage`}>{t('agenda.stage')}</label>
          <select id={`${id}-stage`} value={fields.stage} onChange={(event) => set('stage', event.target.value as Stage)}>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {t(`stages.${stage}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {orderError && (
        <p id={`${id}-order`} className="notice notice--error" role="alert">
          {t('agenda.timesOrder')}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('agenda.notes')}</label>
        <textarea id={`${id}-notes`} value={fields.notes} onChange={(event) => set('notes', event.target.value)} rows={2} maxLength={4000} />
      </div>
      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button--quiet" onClick={onCancel}>
          {t('agenda.cancel')}
        </button>
      </div>
    </form>
  );
}
