/** Mongolian for the links handed out, rejoining, and the console's layout; the same keys as roomLinks.en.ts (the type check holds it). */
import type { Catalogue } from './Catalogue.js';
import type { roomLinksEn } from './roomLinks.en.js';

export const roomLinksMn = {
  roomLinks: {
    heading: 'Холбоосууд',
    show: 'Холбоосууд',
    showOf: 'Холбоосууд: {{title}}',
    reach_network: 'Энэ компьютертэй нэг сүлжээнд байгаа утаснууд эдгээр холбоосыг нээж чадна.',
    reach_public: 'Эдгээр холбоос нь энэ серверт тохируулсан нийтийн хаягийг ашиглана.',
    reach_local: 'Эдгээр холбоос localhost гэж заасан тул зөвхөн энэ компьютер нээж чадна, өрөөнд байгаа утаснууд нээж чадахгүй. Энэ компьютерийг байрны сүлжээнд холбоод Convene-г дахин асаах, эсвэл PUBLIC_URL-г тохируулна уу.',
    projectorMissing: 'Энэ төхөөрөмж проекторын холбоосыг хадгалаагүй байна. Зохион байгуулагчийн хуудаснаас чиглүүлэгчийн холбоосыг нэг удаа нээвэл энд хадгалагдана.',
    facilitatorHint: 'Бусдад бүү өгөөрэй: үүнийг нээсэн хүн семинарыг удирдана.',
  },
  rejoin: {
    heading: 'Та энэ төхөөрөмжөөс энэ семинарт нэгдсэн байна',
    continueAs: '{{name}} нэрээр үргэлжлүүлэх',
    continueAsWithOrganisation: '{{name}} ({{organisation}}) нэрээр үргэлжлүүлэх',
    hint: 'Ижил нэрээр үргэлжлүүлбэл таны өргөсөн гар, санал, засварууд таных хэвээр үлдэнэ.',
    someoneElse: 'Өөр хүний нэрээр нэгдэх',
  },
  consoleRun: {
    youRunTheRoom: 'Та өрөөг удирдаж байна: оролцогчид таны эхлүүлсэн хэсгийг дагана.',
    notStarted: 'Хөтөлбөр эхлээгүй байна: «Хөтөлбөрийг эхлүүлэх» эсвэл хэсгийн «Шилжих» товчийг дарна уу.',
    roomAt: 'Өрөө одоо: {{title}} ({{stage}})',
    moreActions: 'Бусад',
    moreActionsFor: 'Бусад үйлдэл: {{title}}',
  },
} satisfies Catalogue<typeof roomLinksEn>;
