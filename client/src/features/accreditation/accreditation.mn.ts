/** Монгол: урилгын жагсаалт, хүлээлгийн жагсаалт ба хүлээлгийн хуудас. `translation` дотор `accreditation` хэсэгт нэгтгэнэ. */
import type { Catalogue } from '../../infra/i18n/Catalogue.js';
import type { accreditationEn } from './accreditation.en.js';

export const accreditationMn = {
  accreditation: {
    waitingPage: {
      title: 'Та хүлээлгийн жагсаалтад байна',
      body: 'Чиглүүлэгч таныг удахгүй оруулна. Энэ хуудас өөрөө цааш шилжинэ: нээлттэй байлгаарай.',
      you: 'Та {{name}}, {{organisation}} нэрээр нэгдсэн.',
      offline: 'Холболт алга: холболт сэргэмэгц энэ хуудас цааш шилжинэ.',
    },
    waiting: {
      title: 'Хүлээлгийн жагсаалт',
      count_one: '{{count}} хүн хүлээж байна',
      count_other: '{{count}} хүн хүлээж байна',
      empty: 'Хүлээж буй хүн алга.',
      typed: '“{{organisation}}” гэж бичсэн',
      matchTo: 'Байгууллага сонгох: {{name}}',
      none: 'Байгууллагагүй',
      add: 'Жагсаалтад нэмэх: “{{organisation}}”',
      admit: 'Оруулах',
    },
    list: {
      title: 'Урилгын жагсаалт',
      inForce: 'Жагсаалт хүчин төгөлдөр: шинээр ирэгсэд таныг оруултал хүлээнэ, зөвхөн жагсаалтад буй байгууллагууд байгууллагаараа санал өгнө.',
      empty: 'Байгууллага алга: нэгдэх кодтой хэн бүхэн өмнөх шигээ оролцоно.',
      organisations_one: '{{count}} байгууллага, хувилбар {{version}}',
      organisations_other: '{{count}} байгууллага, хувилбар {{version}}',
      import: 'Жагсаалт оруулах (CSV эсвэл XLSX)',
      importHint: 'Баганууд: Байгууллага, Бусад нэр (; -ээр тусгаарлана), Эвслийн гишүүн, Төлөөлөгч, Холбоо барих, Саналын эрх.',
      imported: '{{organisations}} байгууллага, {{delegates}} төлөөлөгч оруулсан.',
      importFailed: 'Юу ч оруулсангүй:',
      name: 'Байгууллага',
      aliases: 'Бусад бичлэг (; -ээр тусгаарлана)',
      returning: 'Эвслийн гишүүн (өмнө оролцсон)',
      addOrganisation: 'Байгууллага нэмэх',
      delegate: 'Төлөөлөгч',
      contact: 'Имэйл эсвэл утас (заавал биш)',
      ballotHolder: 'Саналын эрхтэй',
      addDelegate: 'Төлөөлөгч нэмэх',
      holder: 'санал',
      mergeInto: 'Нэгтгэх…',
      merge: 'Нэгтгэх',
      mergeLabel: 'Өөр байгууллагатай нэгтгэх: {{name}}',
      remove: 'Хасах',
      removeLabel: 'Хасах: {{name}}',
      aka: 'бусад нэр: {{aliases}}',
    },
  },
} as const satisfies Catalogue<typeof accreditationEn>;
