/** Says when the console has lost the control channel: its buttons then cannot reach the room. */
import { useTranslation } from 'react-i18next';
import { useControl } from '../../infra/control/ControlContext.js';

/** Nothing while connected. */
export function ControlLinkNotice() {
  const { t } = useTranslation();
  const link = useControl((snapshot) => snapshot.link);
  if (link === 'connected') return null;
  return (
    <p className={link === 'offline' ? 'notice notice--offline' : 'notice'} role="status">
      {t(link === 'offline' ? 'console.offline' : 'console.connecting')}
    </p>
  );
}
