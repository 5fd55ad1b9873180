import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 11 item 2: every archive the app opens — and any added later — goes through src/lib/archive
 * (inflated for real in a worker, with limits on bytes, ratio and entries). A module that unzips or
 * loads an office file itself would skip those limits, so such a call outside this folder fails here.
 */
const root = path.resolve(import.meta.dirname, '../..');
const own = path.resolve(import.meta.dirname);
const opensArchive = [
  /\bunzip(Sync)?\s*\(/, // fflate
  /\bnew\s+(Unzip|AsyncUnzipInflate|UnzipInflate)\b/, // fflate streaming
  /\.xlsx\.(load|read)\s*\(/, // exceljs
  /['"](mammoth|jszip|yauzl|adm-zip|unzipper|pizzip|node-stream-zip|decompress)['"]/,
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return full === own ? [] : sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe('archives are opened only by src/lib/archive', () => {
  it('no other source file unzips or loads an office file itself', () => {
    const offenders = sources(root).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return opensArchive.filter((re) => re.test(text)).map((re) => `${path.relative(root, file)}: ${re}`);
    });
    expect(offenders).toEqual([]);
  });

  it('would notice one (the patterns match what this folder itself does)', () => {
    const worker = readFileSync(path.join(own, 'worker.ts'), 'utf8') + readFileSync(path.join(own, 'safe-zip.ts'), 'utf8');
    expect(opensArchive.filter((re) => re.test(worker)).length).toBeGreaterThanOrEqual(2);
  });
});
