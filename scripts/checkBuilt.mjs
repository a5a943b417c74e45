// Before `npm start` and `npm run demo`: they run the compiled server and never build at boot,
// so a tree that was not built is refused with what to do, and a stale build is named.
import fs from 'node:fs';
import path from 'node:path';

const outputs = ['dist/server/server/index.js', 'dist/client/index.html'];
const missing = outputs.filter((file) => !fs.existsSync(file));
if (missing.length > 0) {
  console.error(`Convene is not built (${missing.join(', ')} missing): run \`npm run build\` first.`);
  process.exit(1);
}

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}
// A production tree has no sources beside the build; a working copy may have newer ones.
const built = Math.min(...outputs.map((file) => fs.statSync(file).mtimeMs));
const stale = ['server', 'shared', 'client'].filter((entry) => newestMtime(entry) > built);
if (stale.length > 0) console.error(`Note: ${stale.join(', ')} changed since the last \`npm run build\`; this runs the build.`);
