// Builds the client when dist/client is missing or older than the client's sources, so that
// `npm start` works on a fresh clone without a separate build step.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const built = path.resolve('dist/client/index.html');
const sources = ['client', 'shared', 'vite.config.ts'];

function newestMtime(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

const stale = !fs.existsSync(built) || sources.some((entry) => newestMtime(entry) > fs.statSync(built).mtimeMs);
if (stale) {
  console.error('Building the client…');
  execFileSync(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
