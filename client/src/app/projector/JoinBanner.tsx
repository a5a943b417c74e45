/** The join address, code and QR code: large before the agenda starts (or when the facilitator asks), else a compact corner. */
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { joinLink } from '../../../../shared/links.js';
// Words that load with this screen, not with the first visit.
import './screenCatalogue.js';

/**
 * Address and code as text (the QR is a convenience, not the only way in). `base` is where the
 * server says participants can reach it (its LAN address or PUBLIC_URL); the page's own address
 * only when it sent none. A workshop by invitation advertises no code: the server refuses it.
 */
export function JoinBanner({ joinCode, large, base, invited }: { joinCode: string; large: boolean; base: string | null; invited: boolean }) {
  if (invited) return large ? <InvitedBanner /> : null;
  return <CodeBanner joinCode={joinCode} large={large} base={base} />;
}

/** What the screen says instead of a code when only personal links open the workshop. */
function InvitedBanner() {
  const { t } = useTranslation();
  return (
    <section className="join-banner join-banner--large" aria-labelledby="join-banner-title" data-testid="projector-invited">
      <div>
        <h2 id="join-banner-title">{t('entry.screenTitle')}</h2>
        <p className="join-banner__steps">{t('entry.screenSteps')}</p>
      </div>
    </section>
  );
}

function CodeBanner({ joinCode, large, base }: { joinCode: string; large: boolean; base: string | null }) {
  const { t } = useTranslation();
  const origin = base ?? window.location.origin;
  const qr = useQrCode(joinLink(origin, joinCode));
  const address = `${origin.replace(/^https?:\/\//, '')}/join`;
  const code = (
    <span className="join-banner__code" data-testid="projector-join-code">
      {joinCode}
    </span>
  );
  if (!large) {
    return (
      <section className="join-banner join-banner--compact" aria-label={t('screen.joinTitle')}>
        <p>
          <span className="join-banner__label">{t('screen.joinAt')}</span> {address}
          <br />
          <span className="join-banner__label">{t('screen.code')}</span> {code}
        </p>
        {qr && <img className="join-banner__qr" src={qr} alt={t('projector.qr')} />}
      </section>
    );
  }
  return (
    <section className="join-banner join-banner--large" aria-labelledby="join-banner-title" data-testid="projector-join-large">
      <div>
        <h2 id="join-banner-title">{t('screen.joinTitle')}</h2>
        <p className="join-banner__steps">{t('screen.joinSteps', { address })}</p>
        <p>{code}</p>
      </div>
      {qr && <img className="join-banner__qr" src={qr} alt={t('projector.qr')} />}
    </section>
  );
}

/** The link as a QR image (a data URL), or null until drawn. */
function useQrCode(link: string): string | null {
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(link, { margin: 1, width: 480, errorCorrectionLevel: 'M' }).then(
      (url) => current && setQr(url),
      () => current && setQr(null),
    );
    return () => {
      current = false;
    };
  }, [link]);
  return qr;
}
