/**
 * `npm run build` runs this after `vite build`: prints the participant's first visit (index.html,
 * the entry chunk and its static imports, their CSS and fonts) and fails when its gzip size is over
 * the budget — in English, and in Mongolian, which also fetches the Mongolian catalogues' chunk
 * before it shows. Gzip, not Brotli: browsers ask for Brotli only over HTTPS, and a venue's server
 * is often reached over plain http on the local network. `--budget-kib N` tries another budget.
 */
import path from 'node:path';
import { measureFirstVisit, renderFirstVisit } from './firstVisit.js';

/** Issue 14: a first visit under 200 KiB on venue Wi-Fi (join page, then the workspace). */
const BUDGET_KIB = 200;

/** The Mongolian catalogues' chunk (`client/src/infra/i18n/catalogues.ts`, `loadMongolian`), by its manifest key. */
const MONGOLIAN = 'src/infra/i18n/catalogues.mn.ts';

const flag = process.argv.indexOf('--budget-kib');
const budgetKib = flag === -1 ? BUDGET_KIB : Number(process.argv[flag + 1]);
const visits = [
  { reader: 'participant, English', sizes: measureFirstVisit(path.resolve('dist/client')) },
  { reader: 'participant, Mongolian', sizes: measureFirstVisit(path.resolve('dist/client'), [MONGOLIAN]) },
];
for (const { reader, sizes } of visits) console.log(`\nFirst visit (${reader})\n${renderFirstVisit(sizes, budgetKib * 1024)}`);
if (visits.some(({ sizes }) => sizes.total.gzip > budgetKib * 1024)) {
  console.error('The first visit is over its size budget: load the new code on demand (lazy from client/src/infra/ui/lazy.ts), or raise the budget in scripts/sizeBudget.ts with a reason.');
  process.exit(1);
}
