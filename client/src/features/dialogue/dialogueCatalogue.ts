/**
 * The dialogue day's screens' words (responses, agreements, the projector's progress, correcting a
 * layer), in English and Mongolian. They load with those screens instead of with every
 * participant's first visit; importing this module adds them.
 */
import { addCatalogue } from '../../infra/i18n/addCatalogue.js';
import { dialogueEn } from './dialogue.en.js';

void addCatalogue({ name: 'dialogue day', en: dialogueEn, mn: async () => (await import('./dialogue.mn.js')).dialogueMn });
