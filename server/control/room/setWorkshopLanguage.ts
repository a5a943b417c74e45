/** `workshop:language`: the language of generated texts; an agenda still exactly the template follows it. */
import { translateUntouchedAgenda } from '../../../shared/agendaTemplate.js';
import type { RecordEdit } from '../editRecord.js';

export const setWorkshopLanguage: RecordEdit<'workshop:language'> = (draft, { language }) => {
  const agenda = translateUntouchedAgenda(draft.agenda, draft.language, language);
  if (agenda) draft.agenda = agenda;
  draft.language = language;
  return { agendaTranslated: agenda !== null };
};
