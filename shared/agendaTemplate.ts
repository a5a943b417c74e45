/**
 * The default three-day agenda of a UPR follow-up strategy workshop, after the CSO workshop of
 * Mongolia, May 2015: experiences and triage on day 1, plan and strategy on day 2, charter on day 3.
 */
import type { Agenda, SessionFields } from './agenda.js';

const TEMPLATE: { title: string; sessions: SessionFields[] }[] = [
  {
    title: 'Day 1 — Looking back, looking at the new recommendations',
    sessions: [
      { title: 'Opening remarks', startsAt: '09:00', endsAt: '09:45', stage: 'plenary', notes: 'UN Resident Coordinator, NHRC, organisers.' },
      { title: 'Experiences with the UPR 2010–2015', startsAt: '10:00', endsAt: '12:30', stage: 'experiences', notes: 'What happened to the first-cycle recommendations: cards by theme and year.' },
      { title: 'Lunch', startsAt: '12:30', endsAt: '13:30', stage: 'plenary', notes: '' },
      { title: 'Review of the recommendations received', startsAt: '13:30', endsAt: '17:00', stage: 'recommendations', notes: 'Filter by theme, set priorities, claim lead organisations.' },
    ],
  },
  {
    title: 'Day 2 — Implementation plan and action strategy',
    sessions: [
      { title: 'Implementation plan', startsAt: '09:00', endsAt: '12:30', stage: 'plan', notes: 'For each priority: actions, responsible body, partners, timeline, indicators.' },
      { title: 'Lunch', startsAt: '12:30', endsAt: '13:30', stage: 'plenary', notes: '' },
      { title: 'Action strategy', startsAt: '13:30', endsAt: '17:00', stage: 'strategy', notes: 'Advocacy activities, targets and milestones (dialogue day, mid-term report).' },
    ],
  },
  {
    title: 'Day 3 — Outcome charter',
    sessions: [
      { title: 'Drafting the outcome charter', startsAt: '09:00', endsAt: '11:30', stage: 'charter', notes: 'Preamble, agreed priorities, commitments.' },
      { title: 'Vote and adoption', startsAt: '11:45', endsAt: '12:30', stage: 'charter', notes: 'Amendments, adoption vote, signatures.' },
      { title: 'Closing', startsAt: '12:30', endsAt: '13:00', stage: 'plenary', notes: '' },
    ],
  },
];

/** A fresh copy of the default agenda, with ids from `newId`. */
export function defaultAgenda(newId: () => string): Agenda {
  return {
    days: TEMPLATE.map((day) => ({
      id: newId(),
      title: day.title,
      sessions: day.sessions.map((session) => ({ ...session, id: newId() })),
    })),
  };
}
