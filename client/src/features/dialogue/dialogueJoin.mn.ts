/** Mongolian for joining a dialogue day and starting one: on the first visit; the rest of the dialogue day's words load with its screens. */
import type { Catalogue } from '../../infra/i18n/Catalogue.js';
import type { dialogueJoinEn } from './dialogueJoin.en.js';

export const dialogueJoinMn = {
  dialogueJoin: {
    organiser: {
      continue: 'Энэ архиваас яриа хэлэлцээний өдөр эхлүүлэх',
      title: '{{title}} — яриа хэлэлцээний өдөр',
    },
    join: {
      notice: 'Энэ бол яриа хэлэлцээний өдөр. Хэнийг төлөөлж байгаагаа сонгоод нэгдэнэ үү.',
      layer: 'Та төлөөлж байна',
      layers: { cso: 'Иргэний нийгмийн байгууллага', government: 'Засгийн газар', un: 'НҮБ-ын байгууллага', nhrc: 'Хүний эрхийн үндэсний комисс' },
      body: 'Таны яам, агентлаг эсвэл НҮБ-ын байгууллага',
    },
  },
} satisfies Catalogue<typeof dialogueJoinEn>;
