/** "Continue a workshop from its archive": pick a record.json, get a new workshop with the same content. */
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/limits.js';
import { checkRecordText } from './recordFile.js';

interface RestoreWorkshopPanelProps {
  busy: boolean;
  /** Called with the file's text and the title it carries, once it looks like a record; `asDialogue` starts a dialogue day from it. */
  onRestore: (recordJson: string, title: string, asDialogue: boolean) => void;
}

/** Checks the file locally first, so a wrong pick is explained without an upload. */
export function RestoreWorkshopPanel({ busy, onRestore }: RestoreWorkshopPanelProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const handlePick = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    setProblem(null);
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const asDialogue = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'dialogue';
    // A file over the limit is refused before it is read: reading 100 MB only to refuse it would freeze a laptop.
    const checked = file.size > LIMITS.maxRecordBytes ? checkRecordText('', file.size) : checkRecordText(await file.text(), file.size);
    if (!checked.ok) {
      setProblem(t(`organiser.restoreProblem_${checked.reason}`, { file: file.name }));
      return;
    }
    setProblem(null);
    onRestore(checked.text, checked.title, asDialogue);
  };

  return (
    <form className="panel form" onSubmit={(event) => void handleSubmit(event)} aria-labelledby="restore-heading">
      <h2 id="restore-heading">{t('organiser.restoreHeading')}</h2>
      <div className="field">
        <label htmlFor="restore-file">{t('organiser.restoreFile')}</label>
        <input
          id="restore-file"
          type="file"
          accept=".json,application/json"
          onChange={handlePick}
          aria-describedby="restore-hint"
          aria-invalid={problem ? true : undefined}
        />
        <p id="restore-hint" className="hint">
          {t('organiser.restoreHint')}
        </p>
      </div>
      <p className="notice notice--error" role="alert" hidden={!problem}>
        {problem}
      </p>
      <div className="actions">
        <button type="submit" disabled={busy || !file}>
          {busy ? t('organiser.restoring') : t('organiser.restore')}
        </button>
        <button type="submit" value="dialogue" className="button--quiet" disabled={busy || !file}>
          {t('dialogueJoin.organiser.continue')}
        </button>
      </div>
    </form>
  );
}
