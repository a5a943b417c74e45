/** Mongolian for the dialogue day, in the terms of docs/glossary.md. */
import type { Catalogue } from '../../infra/i18n/Catalogue.js';
import type { dialogueEn } from './dialogue.en.js';

export const dialogueMn = {
  dialogue: {
    layerOf: '{{name}} хэнийг төлөөлж байна',
    correctLayer: 'Өөрчлөх',
    responses: {
      title: 'Засгийн газрын хариу',
      intro: 'Төлөвлөгөөний мөр бүрээр: Засгийн газрын байр суурь, хариуцах яам, өөрийн хугацаа ба шалгуур үзүүлэлт.',
      row: 'Төлөвлөгөөний мөр {{number}}',
      plan: 'Төлөвлөгөө',
      government: 'Засгийн газрын хариу',
      position: 'Байр суурь',
      noPosition: 'Байр суурь хараахан алга',
      positions: { accepts: 'Хүлээн зөвшөөрнө', 'will-consider': 'Авч үзнэ', declines: 'Татгалзана' },
      fields: { ministry: 'Хариуцах яам', timeline: 'Засгийн газрын хугацаа', indicator: 'Засгийн газрын шалгуур үзүүлэлт', comments: 'Тайлбар' },
      empty: 'Төлөвлөгөөний мөр алга.',
      noSubject: 'Зөвлөмжгүй мөр',
      committed: 'Хамтын амлалт',
      confirmedByVote: 'Танхимын санал хураалтаар баталгаажсан',
      confirmedByTally: 'Танхимын санал хураалтаар баталгаажсан ({{tally}})',
      byRepresentatives: 'Нэрлэсэн төлөөлөгчдийн тохиролцоо',
      byVote: 'Эсвэл танхимын санал хураалт',
      putToVote: 'Танхимын санал хураалтад оруулах',
      underVote: 'Танхим энэ мөрийн талаар санал хурааж байна. Санал хураалт батлагдвал мөр хамтын амлалт болно.',
      confirmedBy: '{{names}} тохиролцсон',
      record: 'Тохиролцоог бүртгэх',
      governmentRep: 'Засгийн газрын төлөөлөгч',
      csoRep: 'ИНБ-ын төлөөлөгч',
      choose: 'Сонгох…',
      withdraw: 'Амлалтыг цуцлах',
    },
    progress: {
      title: 'Явц, бүлэг бүлгээр',
      counts: 'Тохиролцсон: {{committed}} / {{total}} · хариулсан: {{answered}}',
      other: 'Бусад мөрүүд',
    },
  },
} satisfies Catalogue<typeof dialogueEn>;
