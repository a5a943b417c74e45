/**
 * The dialogue day's joint commitments as one table, both sides' text side by side: what the
 * CSOs' plan says (actions, timeline, indicators) and what the Government answered (position,
 * ministry, its own timeline and indicator, comments), and how the room confirmed it.
 */
import type { GovernmentPosition } from '../../shared/dialogue.js';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { confirmationInWords } from './commitmentConfirmation.js';
import type { ExportLanguage } from './planWords.js';
import { isoTime, list, type Table } from './table.js';

const WORDS = {
  en: {
    title: 'Joint commitments',
    noCluster: 'Not clustered',
    header: ['Cluster', 'Recommendations', 'Government actions (plan)', 'Civil society actions (plan)', 'Timeline (plan)', 'Indicators (plan)', 'Government position', 'Responsible ministry', 'Government timeline', 'Government indicator', 'Government comments', 'Confirmed by', 'Confirmed at'],
    position: { accepts: 'Accepts', 'will-consider': 'Will consider', declines: 'Declines' } satisfies Record<GovernmentPosition, string>,
  },
  mn: {
    title: 'Хамтын амлалтууд',
    noCluster: 'Бүлэглээгүй',
    header: ['Бүлэг', 'Зөвлөмжүүд', 'Засгийн газрын арга хэмжээ (төлөвлөгөө)', 'Иргэний нийгмийн арга хэмжээ (төлөвлөгөө)', 'Хугацаа (төлөвлөгөө)', 'Шалгуур үзүүлэлт (төлөвлөгөө)', 'Засгийн газрын байр суурь', 'Хариуцах яам', 'Засгийн газрын хугацаа', 'Засгийн газрын шалгуур үзүүлэлт', 'Засгийн газрын тайлбар', 'Баталгаажуулсан', 'Баталгаажсан огноо'],
    position: { accepts: 'Хүлээн зөвшөөрнө', 'will-consider': 'Авч үзнэ', declines: 'Татгалзана' } satisfies Record<GovernmentPosition, string>,
  },
} as const;

export const commitmentWords = (language: ExportLanguage) => WORDS[language];

/** One joint commitment, both sides, ready for any writer. */
export interface CommitmentEntry {
  cluster: string;
  recommendations: string;
  cells: string[];
}

/** The commitments in plan order, each with its cluster's title and every cell of the table. */
export function commitmentEntries(record: WorkshopRecordFile, language: ExportLanguage): CommitmentEntry[] {
  const words = WORDS[language];
  const commitments = record.control.dialogue?.commitments ?? {};
  const byKey = new Map(record.recommendations.map((r) => [r.key, r]));
  const clusters = new Map(record.clusters.map((c) => [c.id, c.title]));
  const responses = new Map(record.responses.map((r) => [r.rowId, r]));
  return record.planRows.flatMap((row) => {
    const commitment = commitments[row.id];
    if (!commitment) return [];
    const recommendations = row.recommendationKeys.map((key) => byKey.get(key)).filter((r) => r !== undefined);
    const clusterId = row.clusterId ?? recommendations.find((r) => r.clusterId)?.clusterId ?? null;
    const cluster = (clusterId && clusters.get(clusterId)) || words.noCluster;
    const response = responses.get(row.id);
    const confirmedBy = confirmationInWords(commitment, record.votes, language);
    const refs = list(recommendations.map((r) => (r.ref ? `${r.ref} ${r.text}` : r.text)));
    return [{
      cluster,
      recommendations: refs,
      cells: [
        cluster, refs, row.governmentActions, row.civilSocietyActions, row.timeline, row.indicators,
        response?.position ? words.position[response.position] : '', response?.ministry ?? '', response?.timeline ?? '', response?.indicator ?? '', response?.comments ?? '',
        confirmedBy, isoTime(commitment.confirmedAt),
      ],
    }];
  });
}

/** `commitments.csv` and the sheet of `commitments.xlsx`. */
export function commitmentsTable(record: WorkshopRecordFile, language: ExportLanguage): Table {
  return { header: [...WORDS[language].header], rows: commitmentEntries(record, language).map((entry) => entry.cells) };
}
