/**
 * Adds the amendments' English and Mongolian messages to i18next, once per instance. The panel
 * brings its own catalogue rather than editing the shared one, so it can be mounted by any view.
 */
import type { i18n as I18n } from 'i18next';
import { amendmentsEn } from './amendments.en.js';
import { amendmentsMn } from './amendments.mn.js';

const registered = new WeakSet<I18n>();

/** Deep-merges the catalogue into `translation` (no existing key is overwritten: the section is new). */
export function registerAmendmentsCatalogue(i18n: I18n): void {
  if (registered.has(i18n)) return;
  registered.add(i18n);
  i18n.addResourceBundle('en', 'translation', amendmentsEn, true, false);
  i18n.addResourceBundle('mn', 'translation', amendmentsMn, true, false);
}
