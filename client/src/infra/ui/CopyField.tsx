/** A read-only value with a copy button, for links and codes people pass on. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyFieldProps {
  label: string;
  value: string;
  hint?: string;
  /** Shows the value large, for a join code. */
  large?: boolean;
}

/** Label, value, copy button; the result of copying is announced. */
export function CopyField({ label, value, hint, large }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopyState('copied');
    } catch {
      // Clipboard refused (insecure context or permission): the text stays selectable by hand.
      setCopyState('failed');
    }
  };

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="hint">{hint}</p>}
      <div className="copy-field__row">
        <input
          id={id}
          readOnly
          value={value}
          className={large ? 'copy-field__value copy-field__value--large' : 'copy-field__value'}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={() => void handleCopy()}>
          {t('organiser.copy')}
        </button>
      </div>
      <p className="copy-field__status" aria-live="polite">
        {copyState === 'copied' ? t('organiser.copied') : copyState === 'failed' ? t('organiser.copyFailed') : ''}
      </p>
    </div>
  );
}
