// The Word/PDF kit on a long report (issue 14 §4): the kit's fixture document (headings, statistics
// tables of 6 and 40 rows with fitted columns, vector charts, cross-references, contents and lists of
// tables and figures) repeated until the PDF has about 300 pages, written to .docx and to PDF.
// Prints `name: value unit` lines. BENCH_SECTIONS sets the number of repeated sections (default 80).
import { getDocumentProxy } from 'unpdf';
import { fixtureDocument } from '../src/lib/office/office-fixture.js';
import { pdfDocument } from '../src/lib/office/pdf.js';
import { wordDocument } from '../src/lib/office/word.js';
import { printFigure as print } from './support.js';

const sections = Number(process.env.BENCH_SECTIONS ?? 110);

async function main() {
  const doc = fixtureDocument({ sections });
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  let start = performance.now();
  const word = await wordDocument(doc);
  print('office_word', performance.now() - start, 'ms');
  print('office_word_size', word.length / 1024, 'KiB');
  start = performance.now();
  const pdf = await pdfDocument(doc);
  print('office_pdf', performance.now() - start, 'ms');
  print('office_pdf_size', pdf.length / 1024, 'KiB');
  clearInterval(sample);
  print('office_peak_rss', Math.max(peak, process.memoryUsage().rss) / 1024 / 1024, 'MiB');
  print('office_pdf_pages', (await getDocumentProxy(new Uint8Array(pdf))).numPages, 'pages');
  print('office_blocks', doc.blocks.length, 'blocks');
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
