/** `/` and `/join?code=…`: join a workshop with a code, a name and an organisation. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/limits.js';
import { navigate } from '../routing/locationStore.js';
import { errorMessage } from '../../infra/ui/errorMessage.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { PageShell } from '../../infra/ui/PageShell.js';
import { JoinRefused, joinWithCode, LayerNeeded } from '../workspace/joinFlow.js';
import { LAYERS, LAYERS_WITH_BODY, type Layer } from '../../../../shared/dialogue.js';
import { useRejoinOffer, type RejoinOffer } from '../workspace/useRejoinOffer.js';

/** The identity this device already holds here, offered first; joining anew stays one click away. */
function RejoinPanel({ offer, onJoinAnew }: { offer: RejoinOffer; onJoinAnew: () => void }) {
  const { t } = useTranslation();
  const { name, organisation } = offer.identity;
  return (
    <section className="panel rejoin" aria-labelledby="rejoin-heading">
      <h2 id="rejoin-heading">{t('rejoin.heading')}</h2>
      <p className="hint">{t('rejoin.hint')}</p>
      <div className="actions">
        <button type="button" className="button--primary" onClick={() => navigate(`/w/${offer.workshopId}`)} autoFocus>
          {organisation ? t('rejoin.continueAsWithOrganisation', { name, organisation }) : t('rejoin.continueAs', { name })}
        </button>
        <button type="button" className="button--quiet" onClick={onJoinAnew}>
          {t('rejoin.someoneElse')}
        </button>
      </div>
    </section>
  );
}

/** On a dialogue day: whom the participant represents, and their ministry or agency when it has one. */
function LayerFields({ layer, onLayer, body, onBody }: { layer: Layer | null; onLayer: (layer: Layer) => void; body: string; onBody: (body: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="notice" role="status">
        {t('dialogueJoin.join.notice')}
      </p>
      <fieldset className="field">
        <legend>{t('dialogueJoin.join.layer')}</legend>
        {LAYERS.map((option) => (
          <label key={option} className="choice">
            <input type="radio" name="join-layer" value={option} checked={layer === option} onChange={() => onLayer(option)} required />
            {t(`dialogueJoin.join.layers.${option}`)}
          </label>
        ))}
      </fieldset>
      {layer && LAYERS_WITH_BODY.includes(layer) && (
        <div className="field">
          <label htmlFor="join-body">{t('dialogueJoin.join.body')}</label>
          <input id="join-body" value={body} onChange={(event) => onBody(event.target.value)} required maxLength={LIMITS.maxOrganisationLength} />
        </div>
      )}
    </>
  );
}

/** The join form, or first the offer to continue as who this device already is; on success the participant lands in the workspace. */
export function JoinView({ initialCode }: { initialCode: string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const offer = useRejoinOffer(initialCode);
  // Asked once the code turns out to open a dialogue day.
  const [askLayer, setAskLayer] = useState(false);
  const [layer, setLayer] = useState<Layer | null>(null);
  const [body, setBody] = useState('');
  const [joiningAnew, setJoiningAnew] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const workshopId = await joinWithCode({ code, name, organisation, layer: layer ?? undefined, body });
      navigate(`/w/${workshopId}`);
    } catch (failure) {
      if (failure instanceof LayerNeeded) setAskLayer(true);
      else setError(failure instanceof JoinRefused ? t(failure.messageKey) : errorMessage(t, failure));
      setBusy(false);
    }
  };

  return (
    <PageShell>
      <div className="narrow">
        <h1>{t('join.title')}</h1>
        {offer && !joiningAnew ? (
          <RejoinPanel offer={offer} onJoinAnew={() => setJoiningAnew(true)} />
        ) : (
          <>
            <p className="lead">{t('join.intro')}</p>
            <form className="form" onSubmit={(event) => void handleSubmit(event)}>
              <div className="field">
                <label htmlFor="join-code">{t('join.code')}</label>
                <input
                  id="join-code"
                  className="input--code"
                  value={code}
                  onChange={(event) => setCode(event.target.value)}
                  required
                  autoComplete="off"
                  autoCapitalize="characters"
                  spellCheck={false}
                  aria-describedby="join-code-hint"
                  maxLength={12}
                />
                <p id="join-code-hint" className="hint">
                  {t('join.codeHint')}
                </p>
              </div>
              <div className="field">
                <label htmlFor="join-name">{t('join.name')}</label>
                <input
                  id="join-name"
                  value={name}
                  onChange={(event) => setName(event.target.value)}
                  required
                  autoComplete="name"
                  maxLength={LIMITS.maxNameLength}
                />
              </div>
              <div className="field">
                <label htmlFor="join-organisation">{t('join.organisation')}</label>
                <input
                  id="join-organisation"
                  value={organisation}
                  onChange={(event) => setOrganisation(event.target.value)}
                  required
                  autoComplete="organization"
                  maxLength={LIMITS.maxOrganisationLength}
                />
              </div>
              {askLayer && <LayerFields layer={layer} onLayer={setLayer} body={body} onBody={setBody} />}
              <ErrorNotice message={error} />
              <button type="submit" className="button--primary" disabled={busy}>
                {busy ? t('join.submitting') : t('join.submit')}
              </button>
            </form>
          </>
        )}
        <p className="footnote">
          <a href="/organiser">{t('join.organiserLink')}</a>
        </p>
      </div>
    </PageShell>
  );
}
