/** Amendments listed by the paragraph they amend, each with the text its diff is read against. */
import type { Amendment } from '../../../../../shared/amendments.js';
import { type CharterParagraph, locateParagraph } from '../../../../../shared/charterParagraphs.js';

/** One amendment and what to diff: the current paragraph for a live one, what changed for an adopted one. */
export interface ListedAmendment {
  amendment: Amendment;
  before: string;
  after: string;
  /** The paragraph is no longer in the charter as the proposer saw it. */
  stale: boolean;
}

/** The amendments of one paragraph (`paragraph` null: those whose paragraph changed since). */
export interface AmendmentGroup {
  paragraph: CharterParagraph | null;
  items: ListedAmendment[];
}

/** Groups in charter order, then one group of amendments whose paragraph can no longer be found. */
export function groupAmendments(amendments: readonly Amendment[], paragraphs: readonly CharterParagraph[]): AmendmentGroup[] {
  const byIndex = new Map<number, AmendmentGroup>();
  const lost: AmendmentGroup = { paragraph: null, items: [] };
  for (const amendment of amendments) {
    // An adopted amendment's paragraph now reads as its replacement.
    const text = amendment.applied?.after ?? amendment.paragraph.text;
    const found = locateParagraph(paragraphs, { index: amendment.paragraph.index, text });
    const before = amendment.applied?.before ?? found?.text ?? amendment.paragraph.text;
    const listed = { amendment, before, after: amendment.applied?.after ?? amendment.replacement, stale: !found && !amendment.applied };
    if (!found) {
      lost.items.push(listed);
      continue;
    }
    const group = byIndex.get(found.index) ?? { paragraph: found, items: [] };
    group.items.push(listed);
    byIndex.set(found.index, group);
  }
  const groups = [...byIndex.values()].sort((a, b) => a.paragraph!.index - b.paragraph!.index);
  return lost.items.length > 0 ? [...groups, lost] : groups;
}
