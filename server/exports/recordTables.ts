/** The strategy, experiences, votes and attendance of a record as tables for CSV. */
import type { WorkshopRecordFile } from '../../shared/record.js';
import { isoTime, list, type Table } from './table.js';

/** The action strategy: one row per advocacy activity. */
export function strategyTable(record: WorkshopRecordFile): Table {
  const refs = refsOf(record);
  return {
    header: ['Activity', 'Target', 'Target detail', 'Recommendations', 'Lead organisation', 'Milestone', 'Milestone date', 'Resources', 'Status'],
    rows: record.strategyRows.map((row) => [
      row.activity, row.target ?? '', row.targetDetail, list(row.recommendationKeys.map(refs)), row.leadOrganisation,
      row.milestone, row.milestoneDate ?? '', row.resources, row.status,
    ]),
  };
}

/** The 2010–2015 review: one row per experience card, with its recommendations and assessment. */
export function experiencesTable(record: WorkshopRecordFile): Table {
  const refs = refsOf(record);
  const texts = new Map(record.recommendations.map((r) => [r.key, r.text]));
  return {
    header: ['Year', 'Themes', 'What happened', 'Outcome', 'Lesson', 'Recommendations', 'Recommendation texts', 'Assessment', 'Evidence', 'Example content'],
    rows: record.experiences.map((card) => [
      card.year, list(card.themes), card.happened, card.outcome, card.lesson, list(card.recommendationKeys.map(refs)),
      card.recommendationKeys.map((key) => texts.get(key) ?? '').join('\n'), card.assessment ?? '', card.evidence, card.example,
    ]),
  };
}

/** Every vote with its rules and result; counts are `choice: n` pairs, a secret vote's choices never appear. */
export function votesTable(record: WorkshopRecordFile): Table {
  return {
    header: [
      'Question', 'Kind', 'Franchise', 'Secret', 'Options', 'Counts', 'Counting method', 'Ballots', 'Present', 'Turnout %',
      'Quorum', 'Quorum met', 'Threshold', 'Threshold met', 'Result', 'Charter hash', 'Opened at', 'Closed at',
    ],
    rows: record.votes.map((vote) => [
      vote.question, vote.kind, vote.franchise, vote.secret, list(vote.options ?? []),
      vote.results ? list(Object.entries(vote.results).map(([choice, n]) => `${choice}: ${n}`)) : '',
      vote.method ?? '', vote.turnout?.ballots ?? null, vote.turnout?.present ?? null,
      vote.turnout && vote.turnout.present > 0 ? Math.round((vote.turnout.ballots / vote.turnout.present) * 1000) / 10 : null,
      vote.quorum, vote.quorumMet, vote.threshold, vote.thresholdMet,
      vote.passed === null ? 'open' : vote.passed ? 'passed' : 'not passed', vote.charterHash ?? '', isoTime(vote.openedAt), isoTime(vote.closedAt),
    ]),
  };
}

/** Participants by organisation, with the sessions they were present in and who was accredited for which listed organisation. */
export function attendanceTable(record: WorkshopRecordFile): Table {
  const people = [...record.attendance].sort((a, b) => a.organisation.localeCompare(b.organisation) || a.name.localeCompare(b.name));
  return {
    header: [
      'Organisation', 'Name', 'Role', 'First-time organisation', 'Sessions present', 'Number of sessions', 'Joined at', 'Removed at',
      'Accredited organisation', 'Listed delegate', 'Admission', 'Admitted at', 'Last seen at',
    ],
    rows: people.map((p) => [
      p.organisation, p.name, 'participant', p.firstTimeOrganisation, list(p.sessions.map((s) => s.title)), p.sessions.length, isoTime(p.joinedAt),
      optionalTime(p.removedAt), p.accreditedOrganisation ?? '', p.delegate ?? '', p.admission, optionalTime(p.admittedAt), optionalTime(p.lastSeenAt),
    ]),
  };
}

/** A time, or an empty cell. */
const optionalTime = (at: number | null) => (at === null ? '' : isoTime(at));

/** A recommendation key as its paragraph reference where known. */
function refsOf(record: WorkshopRecordFile): (key: string) => string {
  const refs = new Map(record.recommendations.map((r) => [r.key, r.ref ?? r.key]));
  return (key) => refs.get(key) ?? key;
}
