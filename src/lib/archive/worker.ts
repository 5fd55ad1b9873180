/**
 * Runs inside a worker thread (started by read.ts): checks the archive with safe-zip, then parses it.
 * Nothing here touches the database or the request; the answer goes back as plain data.
 */
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../errors.js';
import { cellText } from './cell-text.js';
import { checkZip, extractEntries, invalidArchive, type ZipLimits } from './safe-zip.js';

export type ArchiveJob =
  | { task: 'check'; bytes: Uint8Array; limits: ZipLimits }
  | { task: 'docxText'; bytes: Uint8Array; limits: ZipLimits }
  | { task: 'xlsxSheets'; bytes: Uint8Array; limits: ZipLimits }
  | { task: 'extract'; bytes: Uint8Array; limits: ZipLimits; include: RegExp; maxBytes: number };

/** A sheet as plain text cells (what the user sees: rich text, hyperlinks and formula results flattened). */
export interface PlainSheet {
  name: string;
  columnCount: number;
  /** Non-empty rows, 1-based `row` as the spreadsheet shows it; `cells[i]` is column i + 1. */
  rows: { row: number; cells: string[] }[];
}

export type ArchiveAnswer =
  | { ok: true; value: unknown }
  | { ok: false; status: 413 | 422; key: string; vars: Record<string, string | number> }
  | { ok: false; crashed: string };

async function run(job: ArchiveJob): Promise<{ value: unknown; transfer?: ArrayBuffer[] }> {
  const summary = await checkZip(job.bytes, job.limits);
  switch (job.task) {
    case 'check':
      return { value: { entries: summary.entries, totalBytes: summary.totalBytes } };
    case 'docxText': {
      const { default: mammoth } = await import('mammoth');
      try {
        const result = await mammoth.extractRawText({ buffer: Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength) });
        return { value: result.value };
      } catch {
        // Not a Word document inside (no word/document.xml, damaged XML): one message covers them all.
        throw invalidArchive(job.limits);
      }
    }
    case 'xlsxSheets': {
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      try {
        await workbook.xlsx.load(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength) as unknown as ArrayBuffer);
      } catch {
        throw invalidArchive(job.limits);
      }
      const sheets: PlainSheet[] = workbook.worksheets.map((ws) => {
        const rows: PlainSheet['rows'] = [];
        ws.eachRow({ includeEmpty: false }, (row, number) => {
          const cells: string[] = [];
          for (let c = 1; c <= ws.columnCount; c++) cells.push(cellText(row.getCell(c).value));
          rows.push({ row: number, cells });
        });
        return { name: ws.name, columnCount: ws.columnCount, rows };
      });
      return { value: sheets };
    }
    case 'extract': {
      const entries = extractEntries(job.bytes, job.limits, job.include, job.maxBytes);
      const copies = [...entries].map(([name, data]) => [name, data.slice()] as const);
      return { value: copies, transfer: copies.map(([, data]) => data.buffer as ArrayBuffer) };
    }
  }
}

// Jobs arrive one at a time (read.ts gives a worker its next job only after the answer to the last).
if (parentPort) {
  const port = parentPort;
  port.on('message', (job: ArchiveJob) => {
    run(job).then(
      ({ value, transfer }) => port.postMessage({ ok: true, value } satisfies ArchiveAnswer, transfer ?? []),
      (error: unknown) => {
        const answer: ArchiveAnswer =
          error instanceof DomainError && (error.status === 413 || error.status === 422)
            ? { ok: false, status: error.status, key: error.key, vars: error.vars }
            : { ok: false, crashed: error instanceof Error ? error.message : String(error) };
        port.postMessage(answer);
      },
    );
  });
}
