// `npm run build`'s server half: compiles the server to dist/server (tsconfig.build.json) and
// copies the data files and worker scripts it reads at run time next to the compiled modules that read them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const out = path.resolve('dist/server');
fs.rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [path.resolve('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

// Data files and the plain JavaScript the server loads itself (a worker thread's script).
const DATA = /\.(csv|xlsx|json|mjs)$/;
function copyData(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const source = path.join(dir, entry.name);
    if (entry.isDirectory()) copyData(source);
    else if (DATA.test(entry.name)) {
      const target = path.join(out, source);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(source, target);
    }
  }
}
copyData('server');
