/** The join address, code and QR code, big enough to read from the back of the room. */
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Address and code as text (the QR is a convenience, not the only way in). */
export function JoinBanner({ joinCode }: { joinCode: string }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string | null>(null);
  const joinUrl = `${window.location.origin}/join?code=${joinCode}`;

  useEffect(() => {
    let current = true;
    QRCode.toDataURL(joinUrl, { margin: 1, width: 320, errorCorrectionLevel: 'M' }).then(
      (url) => current && setQr(url),
      () => current && setQr(null),
    );
    return () => {
      current = false;
    };
  }, [joinUrl]);

  return (
    <section className="join-banner" aria-label={t('join.title')}>
      <div>
        <p className="join-banner__address">{t('projector.joinAt', { address: `${window.location.host}/join` })}</p>
        <p className="join-banner__with">{t('projector.withCode')}</p>
        <p className="join-banner__code" data-testid="projector-join-code">
          {joinCode}
        </p>
      </div>
      {qr && <img className="join-banner__qr" src={qr} alt={t('projector.qr')} width={220} height={220} />}
    </section>
  );
}
