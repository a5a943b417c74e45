/**
 * The words of the plan matrix (headers and the values the app keeps as codes) in each language
 * the app speaks, the same words the plan and triage pages use, so a spreadsheet reads like the
 * page it came from.
 */
import type { PlanStatus, PlanTextField } from '../../shared/plan.js';
import type { Priority, RecommendationResponse } from '../../shared/recommendations.js';

export const EXPORT_LANGUAGES = ['en', 'mn'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/** A query's `lang`, or English. */
export function exportLanguage(value: unknown, workshopLanguage: ExportLanguage = 'en'): ExportLanguage {
  return (EXPORT_LANGUAGES as readonly unknown[]).includes(value) ? (value as ExportLanguage) : workshopLanguage;
}

export interface PlanWords {
  header: {
    recommendation: string;
    review: string;
    text: string;
    states: string;
    position: string;
    themes: string;
    priority: string;
    cluster: string;
    status: string;
  } & Record<PlanTextField, string>;
  review: Record<'current' | 'previous', string>;
  position: Record<RecommendationResponse, string>;
  priority: Record<Priority, string>;
  status: Record<PlanStatus, string>;
  /** The status of a recommendation the plan has no row for yet. */
  noPlanRow: string;
  /** The first sheet's name in plan.xlsx. */
  allSheet: string;
}

const en: PlanWords = {
  header: {
    recommendation: 'Recommendation',
    review: 'Review',
    text: 'Recommendation text',
    states: 'Recommending states',
    position: 'Position',
    themes: 'Themes',
    priority: 'Priority',
    cluster: 'Cluster',
    governmentActions: 'Actions by the government',
    civilSocietyActions: 'Actions by civil society',
    responsibleBody: 'Responsible government body',
    supportingActors: 'Supporting actors (UN, donors)',
    csoLead: 'Lead civil society organisation',
    csoPartners: 'Civil society partners',
    timeline: 'Timeline',
    indicators: 'Indicators',
    baseline: 'Baseline',
    indicatorSource: 'Source of the indicator data',
    resources: 'Resources needed',
    status: 'Status',
  },
  review: { current: 'Current review', previous: 'Previous review' },
  position: { supported: 'Supported', noted: 'Noted', pending: 'Pending' },
  priority: { high: 'High', medium: 'Medium', low: 'Low' },
  status: { 'not-started': 'Not started', ongoing: 'Ongoing', completed: 'Completed' },
  noPlanRow: 'Not yet in the plan',
  allSheet: 'All',
};

const mn: PlanWords = {
  header: {
    recommendation: 'Зөвлөмж',
    review: 'Хэлэлцүүлэг',
    text: 'Зөвлөмжийн эх',
    states: 'Зөвлөмж өгсөн улс',
    position: 'Байр суурь',
    themes: 'Сэдэв',
    priority: 'Ач холбогдол',
    cluster: 'Бүлэг',
    governmentActions: 'Засгийн газрын арга хэмжээ',
    civilSocietyActions: 'Иргэний нийгмийн арга хэмжээ',
    responsibleBody: 'Хариуцах төрийн байгууллага',
    supportingActors: 'Дэмжих талууд (НҮБ, хандивлагчид)',
    csoLead: 'Манлайлах иргэний нийгмийн байгууллага',
    csoPartners: 'Иргэний нийгмийн түншүүд',
    timeline: 'Хугацаа',
    indicators: 'Шалгуур үзүүлэлт',
    baseline: 'Суурь түвшин',
    indicatorSource: 'Шалгуур үзүүлэлтийн мэдээллийн эх сурвалж',
    resources: 'Шаардлагатай нөөц',
    status: 'Төлөв',
  },
  review: { current: 'Одоогийн хэлэлцүүлэг', previous: 'Өмнөх хэлэлцүүлэг' },
  position: { supported: 'Дэмжсэн', noted: 'Тэмдэглэсэн', pending: 'Хүлээгдэж буй' },
  priority: { high: 'Өндөр', medium: 'Дунд', low: 'Бага' },
  status: { 'not-started': 'Эхлээгүй', ongoing: 'Хэрэгжиж байна', completed: 'Дууссан' },
  noPlanRow: 'Төлөвлөгөөнд хараахан ороогүй',
  allSheet: 'Бүгд',
};

const WORDS: Record<ExportLanguage, PlanWords> = { en, mn };

export const planWords = (language: ExportLanguage): PlanWords => WORDS[language];
