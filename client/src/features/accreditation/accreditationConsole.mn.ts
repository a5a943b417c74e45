/** Mongolian for the console's waiting list, invitation list and roster, and the screen's count; loaded with them (`accreditationConsoleCatalogue.ts`). */
import type { Catalogue } from '../../infra/i18n/Catalogue.js';
import type { accreditationConsoleEn } from './accreditationConsole.en.js';

export const accreditationConsoleMn = {
  accreditationConsole: {
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
    roster: {
      counts: 'бүртгэлтэй {{registered}} · зөвшөөрсөн {{admitted}} · одоо байгаа {{present}}',
      markReturning: 'Өмнө оролцсон гэж тэмдэглэх',
      markFirstTime: 'Анх удаа гэж тэмдэглэх',
    },
  },
} satisfies Catalogue<typeof accreditationConsoleEn>;
