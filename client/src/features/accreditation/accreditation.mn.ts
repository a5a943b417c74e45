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
  },
} as const satisfies Catalogue<typeof accreditationEn>;
