/**
 * The default three-day agenda of a UPR follow-up strategy workshop, after the CSO workshop of
 * Mongolia, May 2015: experiences and triage on day 1, plan and strategy on day 2, charter on day 3.
 * Written in the workshop's language; the two templates have the same days and sessions in the
 * same order, so an untouched agenda can change language in place.
 */
import type { Agenda, SessionFields } from './agenda.js';
import type { WorkshopLanguage } from './workshopLanguage.js';

type Template = { title: string; sessions: SessionFields[] }[];

const ENGLISH: Template = [
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

/** The same agenda in the terms of docs/glossary.md. */
const MONGOLIAN: Template = [
  {
    title: 'Нэгдүгээр өдөр — Өнгөрснөө эргэн харж, шинэ зөвлөмжүүдтэй танилцах',
    sessions: [
      { title: 'Нээлтийн үг', startsAt: '09:00', endsAt: '09:45', stage: 'plenary', notes: 'НҮБ-ын Суурин зохицуулагч, Хүний эрхийн үндэсний комисс, зохион байгуулагчид.' },
      { title: 'UPR-ийн туршлага 2010–2015', startsAt: '10:00', endsAt: '12:30', stage: 'experiences', notes: 'Эхний мөчлөгийн зөвлөмжүүд юу болсон бэ: сэдэв, оноор ангилсан картууд.' },
      { title: 'Үдийн хоол', startsAt: '12:30', endsAt: '13:30', stage: 'plenary', notes: '' },
      { title: 'Хүлээн авсан зөвлөмжүүдийг хэлэлцэх', startsAt: '13:30', endsAt: '17:00', stage: 'recommendations', notes: 'Сэдвээр шүүх, ач холбогдол тогтоох, манлайлах байгууллагаа сонгох.' },
    ],
  },
  {
    title: 'Хоёрдугаар өдөр — Хэрэгжүүлэх төлөвлөгөө ба үйл ажиллагааны стратеги',
    sessions: [
      { title: 'Хэрэгжүүлэх төлөвлөгөө', startsAt: '09:00', endsAt: '12:30', stage: 'plan', notes: 'Тэргүүлэх зөвлөмж бүрээр: арга хэмжээ, хариуцах байгууллага, түншүүд, хугацаа, шалгуур үзүүлэлт.' },
      { title: 'Үдийн хоол', startsAt: '12:30', endsAt: '13:30', stage: 'plenary', notes: '' },
      { title: 'Үйл ажиллагааны стратеги', startsAt: '13:30', endsAt: '17:00', stage: 'strategy', notes: 'Нөлөөллийн үйл ажиллагаа, зорилтот бүлэг, гол үе шатууд (яриа хэлэлцээний өдөр, дунд хугацааны тайлан).' },
    ],
  },
  {
    title: 'Гуравдугаар өдөр — Үр дүнгийн тунхаг',
    sessions: [
      { title: 'Үр дүнгийн тунхгийг боловсруулах', startsAt: '09:00', endsAt: '11:30', stage: 'charter', notes: 'Оршил, тохиролцсон тэргүүлэх чиглэлүүд, амлалтууд.' },
      { title: 'Санал хураалт ба батлах', startsAt: '11:45', endsAt: '12:30', stage: 'charter', notes: 'Нэмэлт, өөрчлөлт, батлах санал хураалт, гарын үсэг.' },
      { title: 'Хаалт', startsAt: '12:30', endsAt: '13:00', stage: 'plenary', notes: '' },
    ],
  },
];

const TEMPLATES: Record<WorkshopLanguage, Template> = { en: ENGLISH, mn: MONGOLIAN };
const SESSION_KEYS = ['title', 'startsAt', 'endsAt', 'stage', 'notes'] as const;

/** A fresh copy of the default agenda in `language`, with ids from `newId`. */
export function defaultAgenda(newId: () => string, language: WorkshopLanguage = 'en'): Agenda {
  return {
    days: TEMPLATES[language].map((day) => ({
      id: newId(),
      title: day.title,
      sessions: day.sessions.map((session) => ({ ...session, id: newId() })),
    })),
  };
}

/**
 * The agenda in `to` when it is still the untouched template in `from` (same days, sessions,
 * times, words), keeping every id; null once anyone changed it, since then it is the room's text.
 */
export function translateUntouchedAgenda(agenda: Agenda, from: WorkshopLanguage, to: WorkshopLanguage): Agenda | null {
  const source = TEMPLATES[from];
  const target = TEMPLATES[to];
  const untouched =
    agenda.days.length === source.length &&
    agenda.days.every((day, d) => {
      const template = source[d]!;
      return (
        day.title === template.title &&
        day.sessions.length === template.sessions.length &&
        day.sessions.every((session, s) => SESSION_KEYS.every((key) => session[key] === template.sessions[s]![key]))
      );
    });
  if (!untouched) return null;
  return {
    days: agenda.days.map((day, d) => ({
      ...day,
      title: target[d]!.title,
      sessions: day.sessions.map((session, s) => ({ ...session, title: target[d]!.sessions[s]!.title, notes: target[d]!.sessions[s]!.notes })),
    })),
  };
}
