/**
 * The room's screen's words, in English and Mongolian: only the projector and the console's
 * preview of it show them, so they load with those instead of with every participant's first
 * visit; importing this module adds them.
 */
import { addCatalogue } from '../../infra/i18n/addCatalogue.js';
import { screenEn } from './screen.en.js';

void addCatalogue({ name: 'screen', en: screenEn, mn: async () => (await import('./screen.mn.js')).screenMn });
