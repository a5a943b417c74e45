/** A stage with nothing to project (plenary, or before anything is written): the session's notes, large; the title is in the bar above. */
import type { AgendaSession } from '../../../../shared/agenda.js';

export function ProjectorBrief({ session }: { session: AgendaSession }) {
  return session.notes.trim() ? (
    <section className="projection projection--brief" aria-labelledby="projector-session">
      <p className="projection__notes">{session.notes}</p>
    </section>
  ) : null;
}
