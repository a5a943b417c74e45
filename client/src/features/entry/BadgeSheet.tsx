/**
 * The printable badge sheet: one card per delegate (name, organisation, the QR of their personal
 * link), A4, several cards a page, none split across pages (`entry.css`, `@media print`). It is
 * rendered at the end of <body>; while it is open the page prints the sheet alone.
 */
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
// Words that load with this screen, not with the first visit.
import './entryConsoleCatalogue.js';

export interface Badge {
  delegateId: string;
  name: string;
  organisation: string;
  link: string;
}

export function BadgeSheet({ badges, onClose }: { badges: Badge[]; onClose: () => void }) {
  const { t } = useTranslation();
  const codes = useQrCodes(badges.map((badge) => badge.link));
  useEffect(() => {
    document.body.classList.add('printing-badges');
    return () => document.body.classList.remove('printing-badges');
  }, []);
  return createPortal(
    <div className="badge-sheet" role="dialog" aria-modal="true" aria-labelledby="badge-sheet-title">
      <div className="badge-sheet__toolbar">
        <h2 id="badge-sheet-title">{t('badges.sheetTitle', { count: badges.length })}</h2>
        <button type="button" className="button--primary" onClick={() => window.print()} disabled={!codes}>
          {t('badges.print')}
        </button>
        <button type="button" onClick={onClose} autoFocus>
          {t('badges.close')}
        </button>
      </div>
      <ul className="badge-sheet__cards">
        {badges.map((badge, i) => (
          <li key={badge.delegateId} className="badge-card" data-testid="badge-card">
            <p className="badge-card__name">{badge.name}</p>
            <p className="badge-card__organisation">{badge.organisation}</p>
            {codes?.[i] && <img className="badge-card__qr" src={codes[i]} alt={t('badges.qrAlt', { name: badge.name })} />}
            <p className="badge-card__hint">{t('badges.cardHint')}</p>
          </li>
        ))}
      </ul>
    </div>,
    document.body,
  );
}

/** Every link as a QR image (data URLs, in order), or null until all are drawn. */
function useQrCodes(links: string[]): string[] | null {
  const [codes, setCodes] = useState<string[] | null>(null);
  const key = links.join('\n');
  useEffect(() => {
    let current = true;
    Promise.all(key.split('\n').map((link) => QRCode.toDataURL(link, { margin: 1, width: 320, errorCorrectionLevel: 'M' }))).then(
      (drawn) => current && setCodes(drawn),
      () => current && setCodes(null),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return codes;
}
