import { describe, expect, it } from 'vitest';
import { midTermReport } from './midTermReport.js';
import { countWords, latestAssessments, type Assessment, type TrackingBoard } from './tracking.js';

describe('countWords', () => {
  it('counts English words as a word processor does, not dashes or bullets', () => {
    expect(countWords('The coalition assessed 12 recommendations — see annex 2.')).toBe(8);
    expect(countWords('  •  \n\t– ')).toBe(0);
    expect(countWords("Women's rights, LGBT rights: A/HRC/30/6")).toBe(5);
  });

  it('counts Mongolian Cyrillic words, Ө and Ү included', () => {
    expect(countWords('Хүүхдийн эрхийн тухай хууль 2016 онд батлагдсан.')).toBe(7);
    expect(countWords('Өргөдөл гомдол Үндэсний комисст ирсэн')).toBe(5);
  });
});

const assessment = (over: Partial<Assessment>): Assessment => ({
  id: 'a1', workshopId: 'w1', target: { kind: 'recommendation', id: 'current/108.1' }, rating: 'partially', evidence: 'A law was drafted.',
  source: 'https://example.org/law', nextCycle: '', assessedOn: '2026-11-02', authorParticipantId: 'p1', authorName: 'Oyun',
  authorOrganisation: 'Globe International', recordedAt: 1, ...over,
});

const board = (assessments: Assessment[]): TrackingBoard => ({
  workshop: { id: 'w1', title: 'Mid-term', country: 'Mongolia' },
  language: 'en',
  submission: 'joint',
  recommendations: [
    { key: 'current/108.1', ref: '108.1', text: 'Ratify the Optional Protocol.', recommendingStates: ['France'], response: 'supported', themes: ['Torture'], clusterTitle: null },
    { key: 'current/108.2', ref: '108.2', text: 'Protect journalists.', recommendingStates: ['Norway'], response: 'noted', themes: [], clusterTitle: null },
  ],
  planRows: [{ id: 'row1', recommendationKeys: ['current/108.1'], title: 'Monitor detention', responsibleBody: 'Ministry of Justice' }],
  assessments,
});

describe('the mid-term report', () => {
  it('takes the latest assessment of each target as its rating', () => {
    const latest = latestAssessments([assessment({ id: 'a1', rating: 'not' }), assessment({ id: 'a2', rating: 'fully' })]);
    expect(latest.get('recommendation:current/108.1')?.id).toBe('a2');
  });

  it('summarises by theme, then gives each assessed recommendation its rating, evidence, sources and plan actions', () => {
    const report = midTermReport(board([
      assessment({ id: 'a1', rating: 'not' }),
      assessment({ id: 'a2', rating: 'partially', nextCycle: 'Adopt the law.' }),
      assessment({ id: 'a3', target: { kind: 'planRow', id: 'row1' }, rating: 'fully', evidence: 'Visits held.', source: 'NHRC report 2026' }),
    ]), 'en', 'joint');
    const texts = report.blocks.map((b) => b.text);
    expect(texts).toContain('Torture: 1 recommendation; fully implemented 0, partially implemented 1, not implemented 0, unknown 0, not yet assessed 0.');
    expect(texts).toContain('Other recommendations: 1 recommendation; fully implemented 0, partially implemented 0, not implemented 0, unknown 0, not yet assessed 1.');
    expect(texts).toContain('108.1 (France)');
    expect(texts).toContain('Position: Supported. Assessment: Partially implemented (as of 2026-11-02).');
    expect(texts).toContain('Sources: https://example.org/law');
    expect(texts).toContain('Plan action "Monitor detention": Fully implemented. Visits held. (Sources: NHRC report 2026)');
    expect(texts).toContain('Recommendation for the next cycle: Adopt the law.');
    // The unassessed recommendation has no section of its own.
    expect(texts).not.toContain('108.2 (Norway)');
    expect(report.words).toBe(report.blocks.reduce((sum, b) => sum + countWords(b.text), 0));
    expect(report.limit).toBe(5630);
    expect(report.wordCountLine).toBe(`Word count: ${report.words.toLocaleString('en-US')} of 5,630 (joint submission).`);
  });

  it('writes the report in Mongolian with the single-submission limit', () => {
    const report = midTermReport(board([assessment({})]), 'mn', 'single');
    expect(report.blocks[0]?.text).toBe('Mongolia: Хүний эрхийн бүх нийтийн ээлжит хэлэлцүүлгийн (UPR) зөвлөмжийн хэрэгжилтийн завсрын тайлан');
    expect(report.blocks.map((b) => b.text)).toContain('Байр суурь: Дэмжсэн. Үнэлгээ: Хэсэгчлэн хэрэгжсэн (байдлаар: 2026-11-02).');
    expect(report.limit).toBe(2815);
    expect(report.wordCountLine).toMatch(/^Үгийн тоо: [\d,]+ \/ 2,815 \(дан илтгэл\)\.$/);
  });
});
