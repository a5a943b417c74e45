/** Монгол: өрөөний дэлгэц ба консол дээрх түүний удирдлага. `translation` дотор `screen` хэсэгт нэгтгэнэ. */
import type { Catalogue } from '../../infra/i18n/Catalogue.js';
import type { screenEn } from './screen.en.js';

export const screenMn = {
  screen: {
    page: 'Хуудас {{page}}/{{count}}',
    joinAt: 'Нэгдэх хаяг',
    code: 'Код',
    joinTitle: 'Семинарт нэгдэх',
    joinSteps: 'Утас эсвэл зөөврийн компьютерээрээ {{address}} хаягийг нээгээд кодыг оруулна уу',
    beforeStart: 'Семинар удахгүй эхэлнэ',
    nothingYet: 'Энд одоогоор юу ч бичигдээгүй байна.',
    planEmpty: 'Төлөвлөгөөний мөр хараахан алга.',
    strategyEmpty: 'Үйл ажиллагаа хараахан алга.',
    noCluster: 'Бусад мөр',
    recommendations: 'Зөвлөмж: {{refs}}',
    amendment: {
      heading: 'Нэмэлт өөрчлөлт: догол мөр {{number}}',
      now: 'Одоо',
      proposed: 'Санал болгосон',
    },
    moreVotes_one: 'мөн {{count}} санал хураалт нээлттэй',
    moreVotes_other: 'мөн {{count}} санал хураалт нээлттэй',
    console: {
      title: 'Проектор',
      preview: 'Проектор одоо юу харуулж байна',
      hideResult: 'Дүнг нуух',
      showResult: 'Сүүлийн дүнг харуулах',
      joinLarge: 'Нэгдэх кодыг томоор харуулах',
      joinCompact: 'Нэгдэх кодыг жижигрүүлэх',
      clearTimer: 'Цаг хэмжигчийг арилгах',
    },
  },
} satisfies Catalogue<typeof screenEn>;
