/** The files a first visit loads, read from Vite's build manifest (`.vite/manifest.json`), and their sizes. */
import fs from 'node:fs';
import path from 'node:path';

/** One chunk of the manifest, as Vite writes it (keys are source paths or `_shared-<hash>.js`). */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  /** Keys of the chunks this one imports statically: the browser fetches them before it runs. */
  imports?: string[];
  /** Loaded on demand (React.lazy): not part of the first visit. */
  dynamicImports?: string[];
  css?: string[];
  /** Fonts and images the chunk's code or CSS refers to. */
  assets?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/**
 * The entry's files (JS, CSS, assets) and those of every chunk it imports statically, transitively,
 * each once, in the order found. Dynamic imports are left out: they load on demand, except the
 * chunks named in `alsoLoaded` (keys of the manifest), which this visit fetches before it shows
 * (the Mongolian catalogues for a Mongolian reader), with their own static imports.
 */
export function firstVisitFiles(manifest: Manifest, alsoLoaded: readonly string[] = []): string[] {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry in the manifest, found ${entries.length}`);
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk ${key}`);
    if (seen.has(key)) return;
    seen.add(key);
    for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entries[0]!);
  alsoLoaded.forEach(visit);
  return [...files];
}

export interface FileSize {
  file: string;
  bytes: number;
  brotli: number;
  gzip: number;
}

/** A file's size as is and as its precompressed copies (the file itself when it has none: woff2). */
function sizeOf(clientDir: string, file: string): FileSize {
  const size = (name: string) => (fs.existsSync(name) ? fs.statSync(name).size : null);
  const bytes = size(path.join(clientDir, file));
  if (bytes === null) throw new Error(`${file} is in the manifest but not in ${clientDir}`);
  return { file, bytes, brotli: size(path.join(clientDir, `${file}.br`)) ?? bytes, gzip: size(path.join(clientDir, `${file}.gz`)) ?? bytes };
}

export interface FirstVisitSizes {
  files: FileSize[];
  total: Omit<FileSize, 'file'>;
}

/** index.html plus the entry's static import graph (and `alsoLoaded`'s), measured in a built client folder. */
export function measureFirstVisit(clientDir: string, alsoLoaded: readonly string[] = []): FirstVisitSizes {
  const manifest = JSON.parse(fs.readFileSync(path.join(clientDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const files = ['index.html', ...firstVisitFiles(manifest, alsoLoaded)].map((file) => sizeOf(clientDir, file));
  const sum = (key: 'bytes' | 'brotli' | 'gzip') => files.reduce((total, file) => total + file[key], 0);
  return { files, total: { bytes: sum('bytes'), brotli: sum('brotli'), gzip: sum('gzip') } };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The table the build prints: one row per file, then the total against the budget. */
export function renderFirstVisit({ files, total }: FirstVisitSizes, budgetBytes: number): string {
  const rows = [...files, { file: 'total', ...total }].map((row) => [row.file, kib(row.bytes), kib(row.brotli), kib(row.gzip)]);
  const table = [['file', 'as built', 'brotli', 'gzip (budget)'], ...rows];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const lines = table.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  return [...lines, `budget ${kib(budgetBytes)} gzip: ${total.gzip <= budgetBytes ? 'within' : 'OVER'}`].join('\n');
}
