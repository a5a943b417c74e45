/** What the charter files (PDF, DOCX, Markdown) show, taken from the record alone. */
import * as Y from 'yjs';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { type CharterBlock, charterBlocks } from './charterBlocks.js';

export interface CharterView {
  title: string;
  /** Country and dates, e.g. "Mongolia, 2015-05-26 – 2015-05-28"; null when neither is set. */
  placeAndDates: string | null;
  adopted: boolean;
  /** "Adopted on …" or the draft warning. */
  status: string;
  blocks: CharterBlock[];
  hash: string;
  /** The adoption vote's result in one line, or null for a draft never put to the vote. */
  result: string | null;
  signatories: { organisation: string; name: string }[];
}

/** The charter's view: structure from the charter document's Yjs state, text standing and vote from the record. */
export function charterView(record: WorkshopRecordFile): CharterView {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, Buffer.from(record.documents.charter, 'base64'));
    const { workshop, charter } = record;
    const dates = [workshop.startsOn, workshop.endsOn].filter((d): d is string => d !== null);
    const place = [workshop.country, [...new Set(dates)].join(' – ')].filter((part) => part).join(', ');
    const vote = record.votes.find((v) => v.id === charter.voteId) ?? [...record.votes].reverse().find((v) => v.adopt === 'charter' && v.closedAt !== null);
    const result = vote?.results
      ? `${vote.question} — ${Object.entries(vote.results).map(([choice, n]) => `${choice}: ${n}`).join(', ')}; ` +
        `turnout ${vote.turnout?.ballots ?? 0} of ${vote.turnout?.present ?? 0}; quorum ${vote.quorumMet ? 'met' : 'not met'}; ` +
        `${vote.threshold} ${vote.thresholdMet ? 'reached' : 'not reached'}: ${vote.passed ? 'adopted' : 'not adopted'}`
      : null;
    return {
      title: workshop.title,
      placeAndDates: place || null,
      adopted: charter.adopted,
      status: charter.adopted && charter.adoptedAt !== null
        ? `Adopted on ${new Date(charter.adoptedAt).toISOString().slice(0, 10)}`
        : 'DRAFT — not adopted. This is the current text, not an adopted charter.',
      blocks: charterBlocks(doc),
      hash: charter.hash,
      result,
      signatories: charter.signatories.map(({ organisation, name }) => ({ organisation, name })),
    };
  } finally {
    doc.destroy();
  }
}
