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

const DIALOGUE_WORDS: Record<WorkshopLanguage, { day: string; opening: string; charter: string; charterNotes: string; review: string; reviewNotes: string; cluster: (title: string) => string; commitments: string; commitmentsNotes: string; closing: string }> = {
  en: {
    day: 'Dialogue day — Government, civil society and UN agencies',
    opening: 'Opening',
    charter: 'Presentation of the CSO charter and priorities',
    charterNotes: 'The adopted charter and the priority recommendations.',
    review: 'Plan review, cluster by cluster',
    reviewNotes: 'For each plan row: the Government’s position, ministry, timeline and indicator.',
    cluster: (title) => `Plan review: ${title}`,
    commitments: 'Joint commitments',
    commitmentsNotes: 'Rows both sides agree on, confirmed by a vote or by named representatives.',
    closing: 'Closing',
  },
  mn: {
    day: 'Яриа хэлэлцээний өдөр — Засгийн газар, иргэний нийгэм, НҮБ-ын байгууллагууд',
    opening: 'Нээлт',
    charter: 'ИНБ-уудын тунхаг ба тэргүүлэх чиглэлийн танилцуулга',
    charterNotes: 'Баталсан тунхаг ба тэргүүлэх зөвлөмжүүд.',
    review: 'Төлөвлөгөөг бүлэг бүлгээр хэлэлцэх',
    reviewNotes: 'Төлөвлөгөөний мөр бүрээр: Засгийн газрын байр суурь, яам, хугацаа, шалгуур үзүүлэлт.',
    cluster: (title) => `Төлөвлөгөөг хэлэлцэх: ${title}`,
    commitments: 'Хамтын амлалтууд',
    commitmentsNotes: 'Хоёр тал санал нийлсэн мөрүүд, санал хураалтаар эсвэл нэрлэсэн төлөөлөгчдөөр баталгаажна.',
    closing: 'Хаалт',
  },
};

/** Plan review runs from 10:30 to 15:30, shared among the clusters; past this many it is one session. */
const REVIEW_START = 10 * 60 + 30;
const REVIEW_MINUTES = 300;
const MAX_CLUSTER_SESSIONS = 20;

/**
 * The dialogue day's agenda in `language`: opening, the CSO charter and priorities, the plan
 * reviewed cluster by cluster (one session per cluster title given), joint commitments, closing.
 */
export function dialogueAgenda(newId: () => string, language: WorkshopLanguage, clusterTitles: string[]): Agenda {
  const words = DIALOGUE_WORDS[language];
  const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const titles = clusterTitles.length > 0 && clusterTitles.length <= MAX_CLUSTER_SESSIONS ? clusterTitles.map((title) => words.cluster(title).slice(0, 200)) : [words.review];
  const length = Math.floor(REVIEW_MINUTES / titles.length / 5) * 5;
  const review: SessionFields[] = titles.map((title, i) => ({
    title,
    startsAt: clock(REVIEW_START + i * length),
    endsAt: clock(REVIEW_START + (i + 1) * length),
    stage: 'responses',
    notes: words.reviewNotes,
  }));
  const sessions: SessionFields[] = [
    { title: words.opening, startsAt: '09:00', endsAt: '09:30', stage: 'plenary', notes: '' },
    { title: words.charter, startsAt: '09:30', endsAt: '10:15', stage: 'charter', notes: words.charterNotes },
    ...review,
    { title: words.commitments, startsAt: '15:30', endsAt: '16:30', stage: 'responses', notes: words.commitmentsNotes },
    { title: words.closing, startsAt: '16:30', endsAt: '17:00', stage: 'plenary', notes: '' },
  ];
  return { days: [{ id: newId(), title: words.day, sessions: sessions.map((session) => ({ ...session, id: newId() })) }] };
}
