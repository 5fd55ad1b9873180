import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../../test/support/docx.js';
import { DomainError } from '../errors.js';
import { docxBomb, honestEntry, lyingHeadersZip, manyEntriesZip, overlappingZip, writeZip, zerosEntry } from './bombs.js';
import { ArchiveUnreadable, checkArchive, readDocxText, readXlsxSheets, unzipEntries } from './read.js';
import { archiveLimits, checkZip } from './safe-zip.js';

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected the archive to be refused');
}

describe('checkZip (in-process)', { timeout: 30_000 }, () => {
  it('counts what really inflates, whatever the headers say', async () => {
    const zip = writeZip([honestEntry('a.txt', 'hei '.repeat(1000)), { ...honestEntry('b.txt', 'x'.repeat(5000)), declaredSize: 1 }]);
    const summary = await checkZip(zip, archiveLimits.zip);
    expect(summary.entries).toBe(2);
    expect(summary.totalBytes).toBe(4000 + 5000);
  });

  it('refuses a run of zeros by its ratio, before inflating all of it', async () => {
    const e = await refusal(checkZip(await docxBomb(200), archiveLimits.docx));
    expect(e.status).toBe(413);
    expect(e.key).toBe('limits.archive.ratio');
    expect(e.vars).toMatchObject({ kind: 'docx', entry: 'word/document.xml', ratio: 200 });
  });

  it('refuses headers that claim 2 KB for 300 MB', async () => {
    const e = await refusal(checkZip(await lyingHeadersZip('sources/a.txt', 300), archiveLimits.qdpx));
    expect(e.status).toBe(413);
    expect(e.key).toBe('limits.archive.ratio');
  });

  it('refuses overlapping entries by the total, each counted', async () => {
    // 20 central entries × 60 MB of the same packed data: each entry alone passes the ratio (a lax limit here), together 1.2 GB.
    const lax = { ...archiveLimits.qdpx, maxRatio: 100_000 };
    const e = await refusal(checkZip(await overlappingZip(20, 60), lax));
    expect(e.key).toBe('limits.archive.tooLarge');
    expect(e.vars).toMatchObject({ limit: '1 GB' });
  });

  it('refuses too many entries by walking the directory, not by the count in the end record', async () => {
    const e = await refusal(checkZip(manyEntriesZip(1001), archiveLimits.docx));
    expect(e.key).toBe('limits.archive.tooManyEntries');
  });

  it('calls a truncated or foreign file unreadable (422)', async () => {
    const docx = await makeDocx(['Hei']);
    expect((await refusal(checkZip(docx.subarray(0, docx.length - 30), archiveLimits.docx))).key).toBe('limits.archive.invalid');
    expect((await refusal(checkZip(Buffer.from('not a zip at all'), archiveLimits.docx))).status).toBe(422);
    const truncatedData = await zerosEntry('x.xml', 1);
    const cut = writeZip([{ ...truncatedData, packed: truncatedData.packed.subarray(0, 10), declaredPacked: 10 }]);
    expect((await refusal(checkZip(cut, archiveLimits.docx))).key).toBe('limits.archive.invalid');
  });
});

describe('read.ts (worker thread)', { timeout: 30_000 }, () => {
  it('reads a real .docx and refuses the bomb with a message key', async () => {
    expect(await readDocxText(await makeDocx(['Første avsnitt', 'Andre avsnitt']))).toMatch(/Første avsnitt\s+Andre avsnitt/);
    const e = await refusal(readDocxText(await docxBomb(160)));
    expect([e.status, e.key]).toEqual([413, 'limits.archive.ratio']);
    expect(await refusal(readDocxText(Buffer.from('PK\u0003\u0004 nothing else')))).toBeInstanceOf(ArchiveUnreadable);
  });

  it('reads an .xlsx as text cells', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Deltakere');
    ws.addRow(['Navn', 'E-post']);
    ws.addRow(['Kari Testperson', { text: 'kari@varde.example', hyperlink: 'mailto:kari@varde.example' }]);
    const sheets = await readXlsxSheets(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheets).toEqual([{ name: 'Deltakere', columnCount: 2, rows: [{ row: 1, cells: ['Navn', 'E-post'] }, { row: 2, cells: ['Kari Testperson', 'kari@varde.example'] }] }]);
  });

  it('extracts only the chosen entries, and refuses unsafe paths anywhere in the archive', async () => {
    const zip = writeZip([honestEntry('project.qde', '<Project/>'), honestEntry('sources/a.txt', 'tekst'), honestEntry('sources/film.mp4', 'x'.repeat(10_000))]);
    const files = await unzipEntries(zip, 'qdpx', /^(project\.qde|sources\/.+\.txt)$/);
    expect([...files.keys()]).toEqual(['project.qde', 'sources/a.txt']);
    expect(new TextDecoder().decode(files.get('sources/a.txt'))).toBe('tekst');
    const evil = writeZip([honestEntry('project.qde', '<Project/>'), honestEntry('../evil.sh', 'x')]);
    expect((await refusal(unzipEntries(evil, 'qdpx', /\.qde$/))).key).toBe('limits.archive.unsafePath');
  });

  it('keeps the event loop free while a large archive is checked', async () => {
    const bomb = await lyingHeadersZip('sources/a.txt', 600, [honestEntry('project.qde', '<Project/>')]);
    const lax = { ...archiveLimits.qdpx, maxRatio: 100_000 };
    let longest = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    const summary = await checkArchive(bomb, lax);
    clearInterval(timer);
    expect(summary.totalBytes).toBe(600 * 1024 * 1024 + 10);
    // Inflating 600 MB takes seconds; the main thread only waits (a loaded CI machine adds some jitter).
    expect(longest).toBeLessThan(500);
  }, 60_000);
});
