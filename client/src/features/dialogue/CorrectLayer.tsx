/** The facilitator corrects whom a dialogue-day delegate represents; their page reopens under the new layer. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYERS, LAYERS_WITH_BODY, type Layer } from '../../../../shared/dialogue.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import './dialogue.css';
// Words that load with this screen, not with the first visit.
import './dialogueCatalogue.js';

export function CorrectLayer({ participantId, name, layer }: { participantId: string; name: string; layer: Layer }) {
  const { t } = useTranslation();
  const command = useCommand();
  const [chosen, setChosen] = useState<Layer>(layer);
  const [body, setBody] = useState('');
  const id = `layer-${participantId}`;
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void command.run('participant:layer', { participantId, layer: chosen, body: LAYERS_WITH_BODY.includes(chosen) ? body : null });
  };
  return (
    <form className="correct-layer" onSubmit={handleSubmit}>
      <label htmlFor={id} className="visually-hidden">
        {t('dialogue.layerOf', { name })}
      </label>
      <select id={id} value={chosen} onChange={(event) => setChosen(event.target.value as Layer)}>
        {LAYERS.map((option) => (
          <option key={option} value={option}>
            {t(`dialogueJoin.join.layers.${option}`)}
          </option>
        ))}
      </select>
      {LAYERS_WITH_BODY.includes(chosen) && (
        <input aria-label={t('dialogueJoin.join.body')} value={body} onChange={(event) => setBody(event.target.value)} required maxLength={120} />
      )}
      {chosen !== layer && (
        <button type="submit" className="button--quiet" disabled={command.busy}>
          {t('dialogue.correctLayer')}
        </button>
      )}
      <ErrorNotice message={command.error} />
    </form>
  );
}
