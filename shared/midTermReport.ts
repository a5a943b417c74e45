/**
 * The CSO mid-term report draft as blocks of text, built from the tracking board: a summary by
 * theme, then per assessed recommendation its position, rating, evidence, sources, the plan's
 * actions assessed for it and the coalition's recommendation for the next cycle. The tracking
 * view counts the words of these very blocks and the DOCX and PDF writers render them, so the
 * count shown is the count of what would be submitted.
 */
import { reportWords, type ReportWords } from './midTermReportWords.js';
import {
  countWords, latestAssessments, targetKey, WORD_LIMITS,
  type Assessment, type Rating, type SubmissionKind, type TrackedRecommendation, type TrackingBoard,
} from './tracking.js';
import type { WorkshopLanguage } from './workshopLanguage.js';

/** One block of the report: the title, a heading (1 a part, 2 a theme, 3 a recommendation), a paragraph or a list item. */
export type ReportBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string };

export interface MidTermReport {
  blocks: ReportBlock[];
  words: number;
  limit: number;
  /** The sentence stating the count against the limit, written beside (not inside) the counted text. */
  wordCountLine: string;
}

/** A recommendation's reference and recommending states, as its heading. */
export const recommendationLabel = (r: TrackedRecommendation): string =>
  `${r.ref ?? r.key}${r.recommendingStates.length > 0 ? ` (${r.recommendingStates.join(', ')})` : ''}`;

/** The themes a recommendation is grouped under, or the catch-all group. */
const themesOf = (r: TrackedRecommendation, words: ReportWords): string[] => (r.themes.length > 0 ? r.themes : [words.otherThemes]);

/** The report draft of `board` in `language`, counted against the limit of `submission`. */
export function midTermReport(board: TrackingBoard, language: WorkshopLanguage, submission: SubmissionKind): MidTermReport {
  const words = reportWords(language);
  const latest = latestAssessments(board.assessments);
  const ratingOf = (r: TrackedRecommendation) => latest.get(targetKey({ kind: 'recommendation', id: r.key }));
  const assessed = board.recommendations.filter((r) => ratingOf(r));
  const blocks: ReportBlock[] = [
    { kind: 'title', text: words.title(board.workshop.country) },
    { kind: 'paragraph', text: words.intro(assessed.length) },
    { kind: 'heading', level: 1, text: words.summaryHeading },
  ];
  const themes = themeGroups(board.recommendations, words);
  for (const [theme, recs] of themes) {
    const counts: Record<Rating | 'unassessed', number> = { fully: 0, partially: 0, not: 0, unknown: 0, unassessed: 0 };
    for (const r of recs) counts[ratingOf(r)?.rating ?? 'unassessed'] += 1;
    blocks.push({ kind: 'bullet', text: words.themeSummary(theme, recs.length, counts) });
  }
  blocks.push({ kind: 'heading', level: 1, text: words.byRecommendationHeading });
  // Each recommendation once, under its first theme: a count must not double a text.
  const placed = new Set<string>();
  for (const [theme, recs] of themes) {
    const here = recs.filter((r) => ratingOf(r) && !placed.has(r.key));
    if (here.length === 0) continue;
    blocks.push({ kind: 'heading', level: 2, text: theme });
    for (const r of here) {
      placed.add(r.key);
      blocks.push(...recommendationBlocks(r, ratingOf(r)!, board, latest, words));
    }
  }
  const count = blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  const limit = WORD_LIMITS[submission];
  return { blocks, words: count, limit, wordCountLine: words.wordCount(count, limit, submission) };
}

/** Theme → its recommendations, themes in alphabetical order and the catch-all group last. */
function themeGroups(recommendations: readonly TrackedRecommendation[], words: ReportWords): [string, TrackedRecommendation[]][] {
  const groups = new Map<string, TrackedRecommendation[]>();
  for (const r of recommendations) for (const theme of themesOf(r, words)) groups.set(theme, [...(groups.get(theme) ?? []), r]);
  return [...groups].sort(([a], [b]) => (a === words.otherThemes ? 1 : b === words.otherThemes ? -1 : a.localeCompare(b)));
}

function recommendationBlocks(
  r: TrackedRecommendation,
  assessment: Assessment,
  board: TrackingBoard,
  latest: Map<string, Assessment>,
  words: ReportWords,
): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 3, text: recommendationLabel(r) },
    { kind: 'paragraph', text: r.text },
    { kind: 'paragraph', text: words.positionLine(words.position[r.response], words.rating[assessment.rating], assessment.assessedOn) },
  ];
  if (assessment.evidence.trim()) blocks.push({ kind: 'paragraph', text: `${words.evidence}: ${assessment.evidence.trim()}` });
  blocks.push({ kind: 'paragraph', text: `${words.sources}: ${assessment.source.trim()}` });
  for (const row of board.planRows) {
    const rowAssessment = row.recommendationKeys.includes(r.key) ? latest.get(targetKey({ kind: 'planRow', id: row.id })) : undefined;
    if (rowAssessment) blocks.push({ kind: 'bullet', text: planActionLine(row.title, rowAssessment, words) });
  }
  if (assessment.nextCycle.trim()) blocks.push({ kind: 'paragraph', text: `${words.nextCycle}: ${assessment.nextCycle.trim()}` });
  return blocks;
}

/** A plan row's latest assessment in one line: rating, evidence, source. */
export function planActionLine(title: string, a: Assessment, words: ReportWords): string {
  const evidence = a.evidence.trim() ? ` ${a.evidence.trim()}` : '';
  return `${words.planAction(title)}: ${words.rating[a.rating]}.${evidence} (${words.sources}: ${a.source.trim()})`;
}

