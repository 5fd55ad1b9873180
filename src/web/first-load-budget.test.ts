import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The staff app's first load stays light (issue 18: ≤ 300 KB on the wire for the sign-in page and for a programme
 * overview, bench/staff-weight.ts). The app is built here into a directory of its own, and the Vite manifest says
 * what a first load fetches: the entry chunk, its CSS and every chunk it imports statically (recursively); a
 * route adds its lazily loaded page chunk and that chunk's static imports. Their brotli sizes (the build's .br
 * twins the server sends, src/web/precompress.ts) must leave room in the budget for the HTML, the icon and the API's answers. A new
 * page imported statically into the router (instead of `page(() => import(…))`, lazy-page.ts) fails this test.
 */
interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Of the 300 KB, what the JavaScript and CSS of a first load may take (the rest: HTML, icon, API answers, headers). */
export const firstLoadAssetBudget = 270 * 1024;

let outDir: string;
let manifest: Record<string, Chunk>;

beforeAll(() => {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'varde-web-budget-'));
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'src/web/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'pipe',
    // As `npm start` builds it: vitest's NODE_ENV=test would give React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  manifest = JSON.parse(readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'));
}, 240_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The files a chunk brings with it: itself, its CSS, and the same for every chunk it imports statically. */
function filesOf(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const files = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the manifest`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of chunk.imports ?? []) walk(next);
  };
  keys.forEach(walk);
  return files;
}

/** What the server sends for these files: the build's .br and .gz twins (files under 1 KB go as they are). */
function wireSize(files: Set<string>) {
  let brotli = 0;
  let gzip = 0;
  for (const file of files) {
    const full = path.join(outDir, file);
    const plain = statSync(full).size;
    if (plain < 1024) {
      brotli += plain;
      gzip += plain;
      continue;
    }
    expect(existsSync(`${full}.br`), `${file}.br`).toBe(true);
    expect(existsSync(`${full}.gz`), `${file}.gz`).toBe(true);
    brotli += statSync(`${full}.br`).size;
    gzip += statSync(`${full}.gz`).size;
  }
  return { brotli, gzip };
}

const entryKey = () => Object.keys(manifest).find((k) => manifest[k].isEntry)!;
const pageKey = (name: string) => {
  const key = Object.keys(manifest).find((k) => k.endsWith(`/${name}.tsx`) || k === `pages/${name}.tsx`);
  if (!key) throw new Error(`${name} is not a chunk of its own: load it with page(() => import(…)) (src/web/lazy-page.ts)`);
  return key;
};

describe('the staff app’s first load', () => {
  it('the sign-in page: the entry chunk, its CSS and its static imports fit the budget', () => {
    const size = wireSize(filesOf([entryKey()]));
    expect(size.brotli).toBeGreaterThan(10 * 1024);
    expect(size.brotli).toBeLessThanOrEqual(firstLoadAssetBudget);
  });

  it('a programme overview: the entry plus the programme layout and overview pages fit the budget', () => {
    const files = filesOf([entryKey(), pageKey('ProgrammeLayout'), pageKey('ProgrammeOverviewPage')]);
    expect(wireSize(files).brotli).toBeLessThanOrEqual(firstLoadAssetBudget);
  });

  it('pages are split by route: a page far from the first load is not in it', () => {
    const first = filesOf([entryKey()]);
    expect(first.has(manifest[pageKey('BuilderPage')].file)).toBe(false);
    expect(first.has(manifest[pageKey('ProgrammeOverviewPage')].file)).toBe(false);
  });
});
