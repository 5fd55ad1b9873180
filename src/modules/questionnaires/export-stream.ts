import { PassThrough } from 'node:stream';
import { cells, type Cell, type Column, type ExportRow } from './export-columns.js';
import { csvBom, csvLine } from './export-csv.js';

/**
 * Response exports as web streams for the HTTP layer. Rows are pulled batch by batch from the cursor
 * only as fast as the client reads, so memory stays flat however many responses there are.
 */
export type Batches = AsyncGenerator<ExportRow[]>;

export function csvStream(batches: Batches, columns: Column[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvBom + csvLine(columns.map((c) => c.header))));
        return;
      }
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((row) => csvLine(cells(columns, row))).join('')));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

/** A small table (the codebook) as a CSV stream. */
export function csvTable(headers: readonly string[], rows: Cell[][]): string {
  return csvBom + csvLine([...headers]) + rows.map(csvLine).join('');
}

/** Resolves when the stream wants more, or is gone (a cancelled download must not hold the cursor open). */
function drained(out: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

export interface XlsxSheets {
  responsesName: string;
  codebookName: string;
  codebookHeaders: readonly string[];
  codebookRows: Cell[][];
}

/**
 * XLSX through exceljs's streaming writer (inline strings, no styles: nothing kept per row). The answers
 * sheet comes first; the codebook is written after it so the zip never holds two open sheets at once.
 * Between batches the writer waits while the client is behind (the output stream wants draining).
 */
export function xlsxStream(batches: Batches, columns: Column[], sheets: XlsxSheets, onError: (err: unknown) => void): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  const write = async () => {
    // Loaded on first use: exceljs is large and only exports and imports need it.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    const answers = workbook.addWorksheet(sheets.responsesName);
    const codebook = workbook.addWorksheet(sheets.codebookName);
    answers.addRow(columns.map((c) => c.header)).commit();
    for await (const batch of batches) {
      if (out.destroyed) return;
      for (const row of batch) answers.addRow(cells(columns, row)).commit();
      if (out.writableNeedDrain) await drained(out);
    }
    answers.commit();
    codebook.addRow([...sheets.codebookHeaders]).commit();
    for (const row of sheets.codebookRows) codebook.addRow(row).commit();
    codebook.commit();
    await workbook.commit();
  };
  write().catch((err) => {
    onError(err);
    out.destroy(err as Error);
  });
  return pullFrom(out);
}

/**
 * A web stream that reads the node stream only when the client asks for more (Readable.toWeb reads ahead
 * without limit on Node 20, which would hold a slow client's whole file in memory).
 */
function pullFrom(out: PassThrough): ReadableStream<Uint8Array> {
  const chunks = out[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(new Uint8Array(next.value as Buffer));
    },
    cancel() {
      out.destroy();
    },
  }, { highWaterMark: 0 });
}
