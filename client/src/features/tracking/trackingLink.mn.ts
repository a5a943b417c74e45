/** Mongolian for the way into implementation tracking, shown on every page that links to it; the tracking page's own words load with it. */
import type { Catalogue } from '../../infra/i18n/Catalogue.js';
import type { trackingLinkEn } from './trackingLink.en.js';

export const trackingLinkMn = {
  trackingLink: {
    title: 'Хэрэгжилтийн хяналт',
    openLink: 'Хэрэгжилтийг хянах',
    openLinkOf: 'Хэрэгжилтийг хянах: {{title}}',
    openHint: 'Уулзалтын хооронд: эвслийн үнэлгээ, нотолгоо, эх сурвалж, завсрын тайлан.',
  },
} satisfies Catalogue<typeof trackingLinkEn>;
