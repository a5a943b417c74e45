/**
 * How a joint commitment was confirmed, in the words of the commitments exports: a vote of the
 * room with its count ("Vote of the room — Yes 24, No 3, Abstain 2"), or the agreement the
 * facilitator recorded, naming each representative under the side they spoke for.
 */
import type { CommitmentTally, JointCommitment, Layer } from '../../shared/dialogue.js';
import type { RecordVote } from '../../shared/votes.js';
import { CONSENT_CHOICES, YESNO_CHOICES } from '../../shared/voteKinds.js';
import type { ExportLanguage } from './planWords.js';

type Choice = (typeof YESNO_CHOICES)[number] | (typeof CONSENT_CHOICES)[number];

/** The same words the ballot and the console use for each choice and each side. */
const WORDS = {
  en: {
    vote: 'Vote of the room',
    agreement: 'Agreement of representatives',
    choices: { yes: 'Yes', no: 'No', abstain: 'Abstain', agree: 'Agree', 'stand-aside': 'Stand aside', object: 'Object' } satisfies Record<Choice, string>,
    layers: { government: 'Government', cso: 'Civil society', un: 'UN agency', nhrc: 'NHRC' } satisfies Record<Layer, string>,
  },
  mn: {
    vote: 'Танхимын санал хураалт',
    agreement: 'Төлөөлөгчдийн тохиролцоо',
    choices: { yes: 'Тийм', no: 'Үгүй', abstain: 'Түдгэлзэх', agree: 'Зөвшөөрөх', 'stand-aside': 'Хөндийрөх', object: 'Эсэргүүцэх' } satisfies Record<Choice, string>,
    layers: { government: 'Засгийн газар', cso: 'Иргэний нийгэм', un: 'НҮБ-ын байгууллага', nhrc: 'Хүний эрхийн үндэсний комисс' } satisfies Record<Layer, string>,
  },
} as const;

/** A stakeholder side's name in the export's language ("Government", "Civil society"…). */
export const sideInWords = (layer: Layer, language: ExportLanguage): string => WORDS[language].layers[layer];

/** The Government first, then civil society, then the observers: the order the agreement is read out. */
const LAYER_ORDER: readonly Layer[] = ['government', 'cso', 'un', 'nhrc'];
const CHOICE_ORDER: readonly string[] = [...YESNO_CHOICES, ...CONSENT_CHOICES];

/** "Yes 24, No 3, Abstain 2": the known choices in ballot order, any other after them. */
function countsInWords(counts: Record<string, number>, language: ExportLanguage): string {
  const choices: Record<string, string> = WORDS[language].choices;
  const keys = Object.keys(counts).sort((a, b) => rank(a) - rank(b));
  return keys.map((key) => `${choices[key] ?? key} ${counts[key]}`).join(', ');
}
const rank = (choice: string) => (CHOICE_ORDER.includes(choice) ? CHOICE_ORDER.indexOf(choice) : CHOICE_ORDER.length);

/**
 * The "Confirmed by" cell. A commitment confirmed before tallies were kept takes the count from
 * the record's copy of its vote when the record holds it; a day continued from an archive may not.
 */
export function confirmationInWords(commitment: JointCommitment, votes: readonly RecordVote[], language: ExportLanguage): string {
  const words = WORDS[language];
  if (commitment.voteId) {
    const counts: CommitmentTally['counts'] | null = commitment.tally?.counts ?? votes.find((vote) => vote.id === commitment.voteId)?.results ?? null;
    return counts && Object.keys(counts).length > 0 ? `${words.vote} — ${countsInWords(counts, language)}` : words.vote;
  }
  const sides = LAYER_ORDER.flatMap((layer) => {
    const named = commitment.representatives.filter((r) => r.layer === layer).map((r) => (r.organisation ? `${r.name} (${r.organisation})` : r.name));
    return named.length > 0 ? [`${words.layers[layer]}: ${named.join(', ')}`] : [];
  });
  return sides.length > 0 ? `${words.agreement} — ${sides.join('; ')}` : words.agreement;
}
