/** Mongolian for the console's attendance roster and badge sheet; loaded with the console (`entryConsoleCatalogue.ts`). */
import type { Catalogue } from '../../infra/i18n/Catalogue.js';
import type { entryConsoleEn } from './entryConsole.en.js';

export const entryConsoleMn = {
  badges: {
    title: 'Энгэрийн тэмдэг ба хувийн холбоос',
    hint: 'Урилгын жагсаалтын төлөөлөгч бүр хувийн холбоос авна. Холбоосыг гаргах үед л нэг удаа харуулна: тэр үед энгэрийн тэмдгээ хэвлэнэ үү. Дахин гаргавал холбоос солигдож, хуучин холбоосоор нэвтэрсэн хүн гарна.',
    issueNew: 'Холбоосгүй төлөөлөгчид холбоос гаргах: {{count}}',
    reissueAll: 'Бүх холбоосыг солих',
    confirmReissueAll: 'Бүх төлөөлөгчийн холбоосыг солих уу? Хэвлэсэн энгэрийн тэмдэг болон тэдгээрээр нэвтэрсэн бүх төхөөрөмж шууд ажиллахаа болино.',
    reissue: 'Холбоос солих',
    revoke: 'Холбоос цуцлах',
    print: 'Энгэрийн тэмдэг хэвлэх',
    close: 'Хаах',
    sheetTitle: 'Энгэрийн тэмдэг: {{count}}',
    noDelegates: 'Урилгын жагсаалтад төлөөлөгч хараахан алга.',
    issuedAt: 'Холбоос гаргасан: {{time}}',
    notIssued: 'Холбоос хараахан алга',
    devices: 'Төхөөрөмж: {{count}}',
    qrAlt: 'Хувийн холбоосын QR код: {{name}}',
    cardHint: 'Уншуулж нэгдэнэ үү',
  },
  attendance: {
    title: 'Ирцийн бүртгэл',
    summary: 'Бүртгэлтэй {{registered}} · зөвшөөрсөн {{admitted}} · одоо байгаа {{present}}',
    registered: 'Бүртгэлтэй',
    admitted: 'Зөвшөөрсөн',
    present: 'Одоо байгаа',
    absent: 'Байхгүй',
    lastSeen: 'сүүлд харагдсан: {{time}}',
    neverSeen: 'хараахан ирээгүй',
    notListed: 'Жагсаалтад байхгүй',
    firstTime: 'Анх удаа',
    unlisted: 'Урилгагүй нэгдсэн',
    refresh: 'Шинэчлэх',
    screenCount: 'Бүртгэлтэй төлөөлөгчид: {{present}} / {{registered}} ирсэн',
  },
} satisfies Catalogue<typeof entryConsoleEn>;
