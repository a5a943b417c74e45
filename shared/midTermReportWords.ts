/**
 * The words Convene writes into the mid-term report and the OHCHR matrix, in each language a
 * workshop can be in. Participants' words (evidence, sources, themes) are never translated.
 */
import type { RecommendationResponse } from './recommendations.js';
import type { Rating, SubmissionKind } from './tracking.js';
import type { WorkshopLanguage } from './workshopLanguage.js';

export interface ReportWords {
  title: (country: string | null) => string;
  intro: (count: number) => string;
  summaryHeading: string;
  byRecommendationHeading: string;
  otherThemes: string;
  themeSummary: (theme: string, total: number, counts: Record<Rating | 'unassessed', number>) => string;
  rating: Record<Rating, string>;
  unassessed: string;
  position: Record<RecommendationResponse, string>;
  positionLine: (position: string, rating: string, assessedOn: string) => string;
  evidence: string;
  sources: string;
  nextCycle: string;
  planAction: (title: string) => string;
  wordCount: (count: number, limit: number, kind: SubmissionKind) => string;
  matrix: { recommendation: string; position: string; theme: string; assessment: string; sheet: string; title: string };
}

/** Thousands grouped with a comma, as both languages write them (5,630). */
const grouped = (n: number): string => n.toLocaleString('en-US');

const en: ReportWords = {
  title: (country) => `Mid-term report on the implementation of the UPR recommendations${country ? `: ${country}` : ''}`,
  intro: (count) => `The civil society coalition assessed the implementation of ${count} recommendation${count === 1 ? '' : 's'} of the latest Universal Periodic Review at mid-term. Each assessment below gives its evidence and sources.`,
  summaryHeading: 'Summary by theme',
  byRecommendationHeading: 'Assessment by recommendation',
  otherThemes: 'Other recommendations',
  themeSummary: (theme, total, c) =>
    `${theme}: ${total} recommendation${total === 1 ? '' : 's'}; fully implemented ${c.fully}, partially implemented ${c.partially}, not implemented ${c.not}, unknown ${c.unknown}, not yet assessed ${c.unassessed}.`,
  rating: { fully: 'Fully implemented', partially: 'Partially implemented', not: 'Not implemented', unknown: 'Unknown' },
  unassessed: 'Not yet assessed',
  position: { supported: 'Supported', noted: 'Noted', pending: 'Pending' },
  positionLine: (position, rating, assessedOn) => `Position: ${position}. Assessment: ${rating} (as of ${assessedOn}).`,
  evidence: 'Evidence',
  sources: 'Sources',
  nextCycle: 'Recommendation for the next cycle',
  planAction: (title) => `Plan action "${title}"`,
  wordCount: (count, limit, kind) => `Word count: ${grouped(count)} of ${grouped(limit)} (${kind === 'joint' ? 'joint submission' : 'single submission'}).`,
  matrix: {
    recommendation: 'Recommendation',
    position: 'Position',
    theme: 'Theme cluster',
    assessment: 'Assessment/comments on level of implementation',
    sheet: 'Matrix',
    title: 'Implementation of UPR recommendations: matrix',
  },
};

const mn: ReportWords = {
  title: (country) => `${country ? `${country}: ` : ''}Хүний эрхийн бүх нийтийн ээлжит хэлэлцүүлгийн (UPR) зөвлөмжийн хэрэгжилтийн завсрын тайлан`,
  intro: (count) => `Иргэний нийгмийн эвсэл Хүний эрхийн бүх нийтийн ээлжит хэлэлцүүлгийн сүүлийн мөчлөгийн зөвлөмжийн хэрэгжилтийг хугацааны дунд үнэлэв: ${count} зөвлөмж. Доорх үнэлгээ бүр нотолгоо, эх сурвалжаа заасан.`,
  summaryHeading: 'Сэдвээр нэгтгэсэн дүгнэлт',
  byRecommendationHeading: 'Зөвлөмж тус бүрийн үнэлгээ',
  otherThemes: 'Бусад зөвлөмж',
  themeSummary: (theme, total, c) =>
    `${theme}: ${total} зөвлөмж; бүрэн хэрэгжсэн ${c.fully}, хэсэгчлэн хэрэгжсэн ${c.partially}, хэрэгжээгүй ${c.not}, тодорхойгүй ${c.unknown}, үнэлээгүй ${c.unassessed}.`,
  rating: { fully: 'Бүрэн хэрэгжсэн', partially: 'Хэсэгчлэн хэрэгжсэн', not: 'Хэрэгжээгүй', unknown: 'Тодорхойгүй' },
  unassessed: 'Үнэлээгүй',
  position: { supported: 'Дэмжсэн', noted: 'Тэмдэглэсэн', pending: 'Хүлээгдэж буй' },
  positionLine: (position, rating, assessedOn) => `Байр суурь: ${position}. Үнэлгээ: ${rating} (байдлаар: ${assessedOn}).`,
  evidence: 'Нотолгоо',
  sources: 'Эх сурвалж',
  nextCycle: 'Дараагийн мөчлөгт өгөх зөвлөмж',
  planAction: (title) => `Төлөвлөгөөний арга хэмжээ "${title}"`,
  wordCount: (count, limit, kind) => `Үгийн тоо: ${grouped(count)} / ${grouped(limit)} (${kind === 'joint' ? 'хамтарсан илтгэл' : 'дан илтгэл'}).`,
  matrix: {
    recommendation: 'Зөвлөмж',
    position: 'Байр суурь',
    theme: 'Сэдвийн бүлэг',
    assessment: 'Хэрэгжилтийн түвшний үнэлгээ, тайлбар',
    sheet: 'Хүснэгт',
    title: 'Хүний эрхийн бүх нийтийн ээлжит хэлэлцүүлгийн (UPR) зөвлөмжийн хэрэгжилт: хүснэгт',
  },
};

const WORDS: Record<WorkshopLanguage, ReportWords> = { en, mn };

/** The report's words in `language`. */
export const reportWords = (language: WorkshopLanguage): ReportWords => WORDS[language];
