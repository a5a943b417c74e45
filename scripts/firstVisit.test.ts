import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstVisitFiles, measureFirstVisit, type Manifest } from './firstVisit.js';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a1.js',
    isEntry: true,
    imports: ['_react-b2.js', '_yjs-c3.js'],
    dynamicImports: ['src/Charter.tsx'],
    css: ['assets/index-d4.css'],
    assets: ['assets/font-e5.woff2'],
  },
  '_react-b2.js': { file: 'assets/react-b2.js' },
  // A shared chunk may import the entry back, and another shared chunk: each file counts once.
  '_yjs-c3.js': { file: 'assets/yjs-c3.js', imports: ['_react-b2.js', 'index.html'], css: ['assets/yjs-f6.css'] },
  'src/Charter.tsx': { file: 'assets/Charter-g7.js', imports: ['_tiptap-h8.js', '_react-b2.js'], css: ['assets/Charter-i9.css'] },
  '_tiptap-h8.js': { file: 'assets/tiptap-h8.js' },
  // Fetched on demand, before the first render for a Mongolian reader.
  'src/infra/i18n/catalogues.mn.ts': { file: 'assets/catalogues.mn-j1.js', imports: ['_react-b2.js'] },
};

describe('the files of a first visit', () => {
  it('are the entry and its static imports, transitively, each once, without what loads on demand', () => {
    expect(firstVisitFiles(manifest)).toEqual([
      'assets/index-a1.js',
      'assets/index-d4.css',
      'assets/font-e5.woff2',
      'assets/react-b2.js',
      'assets/yjs-c3.js',
      'assets/yjs-f6.css',
    ]);
  });

  it('adds a chunk loaded on demand that this visit fetches before it shows, without repeating a file', () => {
    expect(firstVisitFiles(manifest, ['src/infra/i18n/catalogues.mn.ts'])).toEqual([...firstVisitFiles(manifest), 'assets/catalogues.mn-j1.js']);
  });

  it('refuses a manifest without exactly one entry, or with an import it does not list', () => {
    expect(() => firstVisitFiles({ a: { file: 'a.js' } })).toThrow(/one entry/);
    expect(() => firstVisitFiles({ 'index.html': { file: 'i.js', isEntry: true, imports: ['_gone.js'] } })).toThrow(/no chunk _gone\.js/);
  });
});

describe('the first-visit budget', () => {
  // A built client in miniature: the manifest above, each file 100 KiB, its gzip copy 10 KiB.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-budget-'));
  const clientDir = path.join(root, 'dist/client');
  fs.mkdirSync(path.join(clientDir, '.vite'), { recursive: true });
  fs.mkdirSync(path.join(clientDir, 'assets'));
  fs.writeFileSync(path.join(clientDir, '.vite/manifest.json'), JSON.stringify(manifest));
  for (const file of ['index.html', ...Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])])]) {
    fs.writeFileSync(path.join(clientDir, file), Buffer.alloc(100 * 1024));
    // woff2 is compressed already: the build writes no copy, and the file counts as is.
    if (!file.endsWith('.woff2')) fs.writeFileSync(path.join(clientDir, `${file}.gz`), Buffer.alloc(10 * 1024));
  }
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const runBudget = (budgetKib: number) => {
    try {
      execFileSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), path.resolve('scripts/sizeBudget.ts'), '--budget-kib', String(budgetKib)], { cwd: root, stdio: 'pipe' });
      return 0;
    } catch (failure) {
      return (failure as { status: number }).status;
    }
  };

  it('sums index.html and the first visit’s files at their gzip size, a file without a copy as is', () => {
    const sizes = measureFirstVisit(clientDir);
    expect(sizes.files.map((file) => file.file)).toEqual(['index.html', ...firstVisitFiles(manifest)]);
    // 6 files with a gzip copy (10 KiB each) and the font (100 KiB).
    expect(sizes.total.gzip).toBe((6 * 10 + 100) * 1024);
  });

  it('passes the build within the budget and fails it once the budget is lowered below the Mongolian visit’s total', () => {
    // English 160 KiB; Mongolian 170 KiB, with the Mongolian catalogues' chunk.
    expect(runBudget(170)).toBe(0);
    expect(runBudget(169)).toBe(1);
  }, 30_000); // Two tsx processes: a few seconds on a busy machine.
});
