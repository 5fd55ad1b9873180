import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Chart } from '../charts/svg.js';
import { wordDocument, wordLanguageTag } from './word.js';

const chart: Chart = {
  kind: 'bar', width: 200, height: 100, title: 'Oppmøte per møte', description: 'Tre søyler.',
  svg: '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" role="img"><title>Oppmøte</title><rect x="10" y="20" width="40" height="80" fill="#036"/></svg>',
  table: { caption: 'Oppmøte', headers: ['Møte', 'Antall'], rows: [['1', 4]] },
};

describe('the Word kit', () => {
  it('writes headings, a table of contents, numbered tables and figures with captions, lists, the language and page numbers', async () => {
    const bytes = await wordDocument({
      title: 'Rapport', languageTag: wordLanguageTag('nn'), words: { table: 'Tabell', figure: 'Figur', note: 'Merk.', page: 'Side' },
      blocks: [
        { kind: 'heading', level: 1, text: 'Rapport' },
        { kind: 'toc', title: 'Innhald' },
        { kind: 'paragraph', runs: [{ text: 'Vanleg og ' }, { text: 'utheva', bold: true }, { text: ' og ' }, { text: 'kursiv', italic: true }] },
        { kind: 'list', ordered: true, items: [[{ text: 'først' }], [{ text: 'så' }]] },
        { kind: 'table', title: 'Deltakarar per rolle', header: ['Rolle', 'n'], rows: [['Tenestemottakar', '4'], ['Totalt', '4']], note: 'Små celler er skjulte.', boldLastRow: true },
        { kind: 'chart', chart },
        { kind: 'table', title: 'Andre tabell', header: ['A'], rows: [['1']] },
      ],
    });
    const files = unzipSync(new Uint8Array(bytes));
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).toContain('Tabell 1');
    expect(xml).toContain('Tabell 2');
    expect(xml).toContain('Figur 1');
    expect(xml).toContain('Deltakarar per rolle');
    expect(xml).toContain('Merk. Små celler er skjulte.');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('<w:keepNext/>');
    expect(xml).toContain('TOC \\');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(xml).toContain('descr="Tre søyler."');
    expect(strFromU8(files['word/styles.xml'])).toContain('w:val="nn-NO"');
    const footer = Object.keys(files).find((f) => f.startsWith('word/footer'))!;
    expect(strFromU8(files[footer])).toContain('PAGE');
    expect(Object.keys(files).some((f) => f.endsWith('.svg'))).toBe(true);
    expect(Object.keys(files).some((f) => f.endsWith('.png'))).toBe(true);
    expect(strFromU8(files['word/numbering.xml'])).toContain('%1.');
  });
});
