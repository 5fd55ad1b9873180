import { getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './office-fixture.js';
import { pdfDocument } from './pdf.js';

interface Item { str: string; font: string; size: number; y: number }

/** The PDF's text, page by page, as positioned pieces (text, font resource, size, baseline). */
async function readPdf(bytes: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: Item[][] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push((content.items as { str: string; fontName: string; transform: number[] }[]).filter((it) => it.str.trim()).map((it) => ({ str: it.str, font: it.fontName, size: it.transform[0], y: it.transform[5] })));
  }
  return { pages, text: pages.map((p) => p.map((it) => it.str).join('\n')), meta: await getMeta(new Uint8Array(bytes)) };
}

const bytes = await pdfDocument(fixtureDocument());
const { pages, text, meta } = await readPdf(bytes);

describe('the PDF kit', () => {
  it('writes a PDF with the title, language and producer in its metadata', () => {
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const info = meta.info as Record<string, unknown>;
    expect(info.Title).toBe('Evalueringsrapport for nettverket på Øya');
    expect(info.Language).toBe('nn-NO');
    expect(info.Creator).toBe('Varde');
  });

  it('fills in the table of contents and the lists with the pages the headings and captions are on', () => {
    // The contents and the lists take the pages before the body (the page break after them).
    const body = pages.findIndex((p) => p.some((it) => it.str === 'Bakgrunn og læring' && it.size === 18));
    expect(body).toBeGreaterThan(0);
    const first = pages.slice(0, body).flat().map((it) => it.str);
    expect(first).toContain('Innhald');
    expect(first).toContain('Tabellar');
    expect(first).toContain('Figurar');
    const pageOf = (entry: string) => {
      const at = first.findIndex((s) => s === entry);
      expect(at, entry).toBeGreaterThanOrEqual(0);
      const number = first.slice(at + 1).find((s) => /^\d+$/.test(s));
      return Number(number);
    };
    for (const heading of ['Bakgrunn og læring', 'Del 1: Tenestemottakarar på Øya', 'Resultat 2', 'Del 3: Tenestemottakarar på Øya']) {
      const n = pageOf(heading);
      expect(n, heading).toBeGreaterThan(1);
      expect(pages[n - 1].map((it) => it.str), heading).toContain(heading);
    }
    // The list of tables: "Tabell 2" then its title, then the page the caption is on.
    const t2 = first.indexOf('Tabell 2');
    expect(first[t2 + 1]).toBe('Endring frå før til etter kurset, del 2');
    const n = Number(first.slice(t2 + 2).find((s) => /^\d+$/.test(s)));
    expect(text[n - 1]).toContain('Tabell 2\nEndring frå før til etter kurset, del 2');
    const f3 = first.indexOf('Figur 3');
    expect(first[f3 + 1]).toBe('Oppmøte per møte, del 3');
  });

  it('numbers the pages and resolves cross-references to the caption labels', () => {
    text.forEach((t, i) => expect(t).toContain(`Side ${i + 1}`));
    expect(text.join('\n')).toContain('Sjå Tabell 1 og Figur 1.');
  });

  it('writes tables with their text whole, the header row repeated on the pages a long table spans', () => {
    const all = text.join('\n');
    expect(all).toContain('(normaltilnærming)');
    expect(pages.flat().some((it) => it.str.includes('(normaltilnærming)'))).toBe(true);
    expect(all).toContain('Kurs 1 i Åfjord');
    expect(all).toMatch(/Alle kurs\s+samla/);
    // Section 2's table has 40 rows: it breaks across pages, and each of them starts with the header.
    const spanned = text.map((t, i) => (t.includes('Kurs 39 i Åfjord') || (t.includes('Kurs 1 i Åfjord') && t.includes('del 2')) ? i : -1)).filter((i) => i >= 0);
    const tablePages = text.flatMap((t, i) => (t.includes('Endring frå før til etter kurset, del 2') && i > 0 ? [i] : []));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const i of tablePages) expect(pages[i].some((it) => it.str === 'Gruppe')).toBe(true);
    expect(spanned.length).toBeGreaterThan(0);
  });

  it('sets statistical symbols in italics and subscripts lowered and smaller', () => {
    const body = pages.flat();
    const sentence = body.findIndex((it) => it.str.includes('Endringa var 0,80'));
    const plainFont = body[sentence].font;
    // A caption's title is set in italics: its font is the italic face.
    const italicFont = body.find((it) => it.str === 'Endring frå før til etter kurset, del 1')!.font;
    expect(italicFont).not.toBe(plainFont);
    const after = body.slice(sentence, sentence + 30);
    for (const symbol of ['t', 'p', 'M', 'SD', 'n', 'd']) expect(after.find((it) => it.str === symbol)?.font, symbol).toBe(italicFont);
    const d = after.findIndex((it) => it.str === 'd');
    const z = after[d + 1];
    expect(z.str).toBe('z');
    expect(z.size).toBeLessThan(after[d].size);
    expect(z.y).toBeLessThan(after[d].y);
    expect(text.join('\n')).not.toMatch(/d_z|g_av/);
  });

  it('embeds fonts with the Norwegian letters', () => {
    const all = text.join('\n');
    for (const word of ['læring', 'Øya', 'på', 'Åfjord', 'frå', 'æ, ø og å']) expect(all).toContain(word);
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+Roboto-Italic/);
  });
});
