/**
 * The tracking page's words, in English and Mongolian. Only the tracking page needs them, so they
 * load with it instead of with every participant's first visit; importing this module adds them.
 */
import { addCatalogue } from '../../infra/i18n/addCatalogue.js';
import { trackingEn } from './tracking.en.js';

void addCatalogue({ name: 'implementation tracking', en: trackingEn, mn: async () => (await import('./tracking.mn.js')).trackingMn });
