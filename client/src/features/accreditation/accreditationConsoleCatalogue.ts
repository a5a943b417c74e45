/**
 * The waiting list's and invitation list's words, in English and Mongolian: only the console and
 * the screen show them, so they load with those instead of with every participant's first visit;
 * importing this module adds them.
 */
import { addCatalogue } from '../../infra/i18n/addCatalogue.js';
import { accreditationConsoleEn } from './accreditationConsole.en.js';

void addCatalogue({ name: 'waiting list and invitation list', en: accreditationConsoleEn, mn: async () => (await import('./accreditationConsole.mn.js')).accreditationConsoleMn });
