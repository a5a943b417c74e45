/**
 * The suite passes from a plain clone: no tracked source, test, script or config file names a
 * path outside the repository. A user's clone has nothing beside it (no ../shared), and CI
 * runs in such a clone, so a test reading a file next to the checkout would fail only there.
 * Named paths are: absolute ones in the machine's folders, relative ones that climb out (from
 * the file, or from the working folder when a call takes them as they are), and the home folder.
 * Temporary folders a test creates for itself (`fs.mkdtempSync(path.join(os.tmpdir(), …))`) are
 * its own, not something it reads.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** This file, whose examples name such paths on purpose. */
const SELF = path.relative(ROOT, import.meta.filename);
const CHECKED = /\.(ts|tsx|mts|cts|js|mjs|cjs|json|sh)$|^\.ci\//;
/** The machine's own folders, none of them ours: an absolute path in one is outside the repository. */
const OUTSIDE_PREFIXES = [
  '/work/', '/home/', '/root/', '/mnt/', '/media/', '/srv/', '/opt/', '/tmp/', '/var/', '/etc/', '/usr/', '/snap/', '/nix/',
  '/Users/', '/Volumes/', '/private/', '~/',
];
/** System interfaces, not files anyone wrote: the kernel's process figures (benchmarks), Debian's Chromium (browser tests). */
const SYSTEM_PATHS = ['/proc/', '/usr/bin/chromium'];
/** Asking for the home folder reads from outside the repository, whatever follows. */
const HOME_LOOKUP = /\bos\.homedir\(|\bhomedir\(\)|process\.env\.(HOME|USERPROFILE)\b/g;
/** A call taking a relative path as its first argument resolves it from the working folder (the repository's root when tests run), not from the file. */
const FROM_WORKING_FOLDER = /\b(?<!import\s*)(?<!require\s*)(?<!URL\s*)\(\s*$/;
/** Relative paths resolved against another folder than the file's, with the folder they are relative to. */
const RELATIVE_ELSEWHERE: Record<string, Record<string, string>> = {
  'vite.config.ts': { '../dist/client': 'client' }, // build.outDir is relative to Vite's root
};

/** Tracked files; a copy without .git (an unpacked archive) is walked instead. */
function repositoryFiles(): string[] {
  if (fs.existsSync(path.join(ROOT, '.git'))) {
    return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  }
  const skipped = /^(node_modules|dist|data|test-results|bench-results)(\/|$)/;
  return fs.readdirSync(ROOT, { recursive: true, encoding: 'utf8' }).filter(
    (file) => !skipped.test(file) && fs.statSync(path.join(ROOT, file)).isFile(),
  );
}

const LITERAL = /(['"`])([^'"`\n]*)\1/g;
/** A run of string literals separated by commas, as in path.join('..', '..', 'shared'). */
const LITERAL_RUN = /(['"`])[^'"`\n]*\1(?:\s*,\s*(['"`])[^'"`\n]*\2)*/g;

/** Every path outside the repository that `text`, the content of `file`, names. */
function pathsOutside(file: string, text: string): string[] {
  const found = [...text.matchAll(HOME_LOOKUP)].map(([lookup]) => lookup);
  for (const { 0: run, index } of text.matchAll(LITERAL_RUN)) {
    const parts = [...run.matchAll(LITERAL)].map((literal) => literal[2]!);
    const first = parts[0]!;
    if (OUTSIDE_PREFIXES.some((prefix) => first.startsWith(prefix)) && !SYSTEM_PATHS.some((allowed) => first.startsWith(allowed))) found.push(first);
    if (first !== '..' && !first.startsWith('../')) continue;
    const lineBefore = text.slice(text.lastIndexOf('\n', index) + 1, index);
    const base = FROM_WORKING_FOLDER.test(lineBefore) ? '.' : (RELATIVE_ELSEWHERE[file]?.[first] ?? path.dirname(file));
    const resolved = path.resolve(ROOT, base, ...parts);
    if (resolved !== ROOT && !resolved.startsWith(ROOT + path.sep)) found.push(parts.join(', '));
  }
  return found;
}

describe('the repository is self-contained', () => {
  it('finds paths that leave the repository, and only those', () => {
    expect(pathsOutside('server/importers/x.test.ts', "path.resolve(import.meta.dirname, '../../../shared/notes/a.md')")).toEqual(['../../../shared/notes/a.md']);
    expect(pathsOutside('tests/e2e/x.test.ts', "path.join(import.meta.dirname, '..', '..', '..', 'beside')")).toEqual(['.., .., .., beside']);
    expect(pathsOutside('scripts/x.mjs', 'readFileSync("/work/shared/data/a.csv")')).toEqual(['/work/shared/data/a.csv']);
    expect(pathsOutside('client/src/features/agenda/x.ts', "import { a } from '../../../shared/agenda.js';")).toEqual([]);
    expect(pathsOutside('tests/integration/x.test.ts', "path.resolve(import.meta.dirname, '../..')")).toEqual([]);
  });

  it('finds the machine folders, the home folder, and climbs from the working folder', () => {
    expect(pathsOutside('tests/e2e/x.test.ts', "fs.readFileSync('/srv/corpus/a.csv')")).toEqual(['/srv/corpus/a.csv']);
    expect(pathsOutside('tests/e2e/x.test.ts', "fs.readFileSync('/tmp/left-by-someone.json')")).toEqual(['/tmp/left-by-someone.json']);
    expect(pathsOutside('server/x.ts', "path.join(os.homedir(), '.convene')")).toEqual(['os.homedir(']);
    expect(pathsOutside('tests/support/deep/x.ts', "fs.readFileSync(path.resolve('..', 'beside', 'a.csv'))")).toEqual(['.., beside, a.csv']);
    expect(pathsOutside('tests/bench/x.ts', "fs.readFileSync(`/proc/${pid}/stat`)")).toEqual([]);
    expect(pathsOutside('client/src/x.ts', "const page = await import('../views/Page.js');")).toEqual([]);
    expect(pathsOutside('server/x.ts', "fetch(new URL('../api/health', base))")).toEqual([]);
  });

  it('no tracked file names a path outside the repository', () => {
    const offending = repositoryFiles()
      .filter((file) => CHECKED.test(file) && file !== 'package-lock.json' && file !== SELF)
      .flatMap((file) => pathsOutside(file, fs.readFileSync(path.join(ROOT, file), 'utf8')).map((found) => `${file}: ${found}`));
    expect(offending).toEqual([]);
  });
});
