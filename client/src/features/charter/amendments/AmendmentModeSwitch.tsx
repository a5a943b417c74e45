/** The facilitator's switch for amendment mode, a toggle button that says its state. */
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../../infra/control/useCommand.js';

export function AmendmentModeSwitch({ on, disabled }: { on: boolean; disabled: boolean }) {
  const { t } = useTranslation();
  const command = useCommand();
  const handleToggle = () => void command.run('charter:amendment-mode', { on: !on });
  return (
    <div className="amendments__mode">
      <button type="button" aria-pressed={on} onClick={handleToggle} disabled={disabled || command.busy}>
        {on ? t('amendments.turnOff') : t('amendments.turnOn')}
      </button>
      {command.error && <p className="notice notice--error" role="alert">{command.error}</p>}
    </div>
  );
}
