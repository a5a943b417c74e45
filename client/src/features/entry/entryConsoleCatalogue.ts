/**
 * The attendance roster's and badge sheet's words, in English and Mongolian: only the console
 * shows them, so they load with it instead of with every participant's first visit; importing
 * this module adds them.
 */
import { addCatalogue } from '../../infra/i18n/addCatalogue.js';
import { entryConsoleEn } from './entryConsole.en.js';

void addCatalogue({ name: 'attendance and badges', en: entryConsoleEn, mn: async () => (await import('./entryConsole.mn.js')).entryConsoleMn });
