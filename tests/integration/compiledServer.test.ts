/**
 * Production runs the compiled server (`npm run build`, then `npm start`), installed with
 * `npm ci --omit=dev`: it must import nothing from devDependencies, and start, serve the client
 * and read its data files without TypeScript tooling.
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPILED_SERVER, type ChildServer, freshDataDir, startChildServer } from '../support/testServer.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'dist/server');
const children: ChildServer[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    child.process.kill('SIGTERM');
    await child.exited;
  }
});

function requireBuilt(): void {
  if (!fs.existsSync(COMPILED_SERVER)) throw new Error(`${COMPILED_SERVER} is missing: run \`npm run build\` first (npm test does)`);
}

/** Every package a compiled module imports, by its package name. */
function importedPackages(dir: string): Set<string> {
  const names = new Set<string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    // Static imports and re-exports at a line's start, and dynamic imports; not words in comments or strings.
    const specifiers = /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
    for (const match of text.matchAll(specifiers)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (!specifier || specifier.startsWith('.')) continue;
      const parts = specifier.split('/');
      names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
  }
  return names;
}

describe('the compiled server', () => {
  it('imports only runtime dependencies, so `npm ci --omit=dev` is enough to run it', () => {
    requireBuilt();
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const allowed = new Set([...Object.keys(pkg.dependencies), ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const outside = [...importedPackages(OUT)].filter((name) => !allowed.has(name));
    expect(outside).toEqual([]);
  });

  it('starts without TypeScript tooling, serves the client and reads its data files', async () => {
    requireBuilt();
    const organiserKey = 'compiled-server-test-key-0123456789';
    const server = await startChildServer(freshDataDir(), { ORGANISER_KEY: organiserKey, CLIENT_DIR: path.join(ROOT, 'dist/client') }, 'compiled');
    children.push(server);

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const page = await fetch(`${server.url}/organiser`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    // The demo reads the 2010 recommendations from a CSV copied beside the compiled module.
    const demo = await fetch(`${server.url}/api/workshops/demo`, { method: 'POST', headers: { authorization: `Bearer ${organiserKey}` } });
    expect(demo.status).toBe(201);
  });
});
