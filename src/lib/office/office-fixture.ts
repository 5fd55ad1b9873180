/**
 * A document for the kit's own tests and bench: headings, contents and lists, statistics in tables
 * and text, cross-references, a figure, Norwegian letters. `sections` repeats the middle part to make
 * a long document (bench/office.ts). Also reads a written .docx back through the safe zip reader.
 */
import { strFromU8 } from 'fflate';
import type { Chart } from '../charts/svg.js';
import { unzipEntries } from '../archive/read.js';
import { wordLanguageTag, type OfficeBlock, type OfficeDocument } from './model.js';
import { statisticRuns } from './statistics.js';

export const fixtureChart: Chart = {
  kind: 'bar', width: 400, height: 200, title: 'Oppmøte per møte', description: 'Tre søyler: 4, 6 og 5 deltakarar.',
  svg: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200" role="img" font-family="DejaVu Sans, Arial, sans-serif" font-size="12"><title>Oppmøte</title><rect width="400" height="200" fill="#fff"/><rect x="40" y="80" width="60" height="100" fill="#0b5fa5"/><rect x="140" y="40" width="60" height="140" fill="#0b5fa5"/><rect x="240" y="60" width="60" height="120" fill="#0b5fa5"/><text x="40" y="196">Møte i Ålesund</text></svg>',
  table: { caption: 'Oppmøte', headers: ['Møte', 'Antall'], rows: [['1', 4], ['2', 6], ['3', 5]] },
};

const statHeader = ['Gruppe', 'n', 'Før M (SD)', 'Etter M (SD)', 'Endring M [95 % KI]', 't(df)', 'p', 'Wilcoxon', 'p', 'd_z [95 % KI]', 'g_av [95 % KI]', 'r_rb'];
const statRow = (group: string) => [group, '12', '3,40 (1,14)', '4,20 (0,84)', '0,80 [0,24, 1,36]', 't(11) = 4,00', ',016', 'V = 45, z = 2,10', ',072 (normaltilnærming)', '1,15 [0,38, 1,89]', '0,73 [0,21, 1,25]', '0,82'];

function section(n: number, rows: number): OfficeBlock[] {
  return [
    { kind: 'heading', level: 2, text: `Del ${n}: Tenestemottakarar på Øya` },
    { kind: 'paragraph', runs: [{ text: 'Sjå ' }, { text: '', ref: `endring-${n}` }, { text: ' og ' }, { text: '', ref: `oppmote-${n}` }, { text: '. ' }, ...statisticRuns('Endringa var 0,80 (t(11) = 4,00, p = ,016, d_z = 1,15; M = 3,40, SD = 1,14, n = 12). '), { text: 'Brukarmedverknad i kommunane gjekk føre seg over tre samlingar med likeverdige partar. '.repeat(6) }] },
    { kind: 'heading', level: 3, text: `Resultat ${n}` },
    { kind: 'table', id: `endring-${n}`, statistics: true, boldLastRow: true, title: `Endring frå før til etter kurset, del ${n}`, header: statHeader, rows: [...Array.from({ length: rows - 1 }, (_, i) => statRow(`Kurs ${i + 1} i Åfjord`)), statRow('Alle kurs samla')], note: 'M = gjennomsnitt, SD = standardavvik, d_z og g_av = standardiserte effektstorleikar.' },
    { kind: 'chart', id: `oppmote-${n}`, chart: { ...fixtureChart, title: `Oppmøte per møte, del ${n}` } },
    { kind: 'list', ordered: true, items: [[{ text: 'Første punkt om æ, ø og å' }], [{ text: 'Andre punkt' }]] },
  ];
}

export function fixtureDocument(opts: { sections?: number; rows?: number } = {}): OfficeDocument {
  const sections = opts.sections ?? 3;
  return {
    title: 'Evalueringsrapport for nettverket på Øya',
    languageTag: wordLanguageTag('nn'),
    landscape: true,
    words: { table: 'Tabell', figure: 'Figur', note: 'Merknad.', page: 'Side' },
    author: 'Varde',
    blocks: [
      { kind: 'heading', level: 1, text: 'Evalueringsrapport for nettverket på Øya' },
      { kind: 'toc', title: 'Innhald' },
      { kind: 'tableList', title: 'Tabellar' },
      { kind: 'figureList', title: 'Figurar' },
      { kind: 'pageBreak' },
      { kind: 'heading', level: 1, text: 'Bakgrunn og læring' },
      ...Array.from({ length: sections }, (_, i) => section(i + 1, opts.rows ?? (i % 2 ? 40 : 6))).flat(),
    ],
  };
}

/** The XML parts of a .docx (document, styles, footers, settings), read with the project's safe zip reader. */
export async function docxParts(bytes: Buffer): Promise<Record<string, string>> {
  const entries = await unzipEntries(new Uint8Array(bytes), 'docx', /^(word\/[^/]+\.xml|docProps\/core\.xml)$/);
  return Object.fromEntries([...entries].map(([name, data]) => [name, strFromU8(data)]));
}
