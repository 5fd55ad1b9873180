import { describe, expect, it } from 'vitest';
import { textWidth } from './columns.js';
import { docxParts, fixtureDocument } from './office-fixture.js';
import { wordDocument, wordLanguageTag } from './word.js';

const parts = await docxParts(await wordDocument(fixtureDocument()));
const xml = parts['word/document.xml'];
const paragraphs = xml.match(/<w:p>.*?<\/w:p>/gs) ?? [];
const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
const stats = tables[0] ?? '';
/** The visible text of a piece of WordprocessingML. */
const textOf = (x: string) => [...x.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
/** Runs as [text, properties] pairs. */
const runsOf = (x: string) => [...x.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?(?:<w:br\/>)?<w:t(?: [^>]*)?>([^<]*)<\/w:t><\/w:r>/gs)].map((m) => ({ props: m[1] ?? '', text: m[2] }));

describe('the Word kit', () => {
  it('fits column widths to the content: not all equal, no word broken, within the page', () => {
    const grid = [...stats.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(12);
    expect(new Set(grid).size).toBeGreaterThan(6);
    // Landscape A4 less 2 × 2,54 cm: 13958 twips.
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(13960);
    // The Wilcoxon p column holds "(normaltilnærming)": wide enough for the word in 9 pt plus Word's cell margins.
    const wilcoxonP = grid[8];
    expect(wilcoxonP).toBeGreaterThanOrEqual(Math.round(textWidth('(normaltilnærming)', 9) * 20) + 216);
    // The n column is narrower than the group column.
    expect(grid[1]).toBeLessThan(grid[0]);
    expect(stats).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('rows never split, the header row repeats, captions and figures keep with what follows', () => {
    for (const table of tables) {
      const rows = table.match(/<w:tr>.*?<\/w:tr>/gs)!;
      expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    }
    const captions = paragraphs.filter((p) => p.includes('<w:pStyle w:val="Caption"/>'));
    expect(captions).toHaveLength(6); // 3 tables, 3 figures
    expect(captions.every((p) => p.includes('<w:keepNext/>'))).toBe(true);
    const pictures = paragraphs.filter((p) => p.includes('<w:drawing>'));
    expect(pictures).toHaveLength(3);
    expect(pictures.every((p) => p.includes('<w:keepNext/>'))).toBe(true);
    // Headings keep with the next paragraph.
    expect(paragraphs.filter((p) => p.includes('w:val="Heading2"')).every((p) => p.includes('<w:keepNext/>'))).toBe(true);
  });

  it('numbers captions with SEQ fields, bookmarks them and writes cross-references as REF fields', () => {
    expect(textOf(paragraphs.find((p) => p.includes('SEQ Tabell'))!)).toBe('Tabell 1Endring frå før til etter kurset, del 1');
    expect(xml).toContain('<w:fldSimple w:instr="SEQ Tabell \\* ARABIC"><w:r><w:t xml:space="preserve">3</w:t>');
    expect(xml).toContain('<w:fldSimple w:instr="SEQ Figur \\* ARABIC"><w:r><w:t xml:space="preserve">2</w:t>');
    expect(xml).toContain('<w:bookmarkStart w:name="_Ref_T2"');
    const ref = /<w:fldSimple w:instr="REF _Ref_T2 \\h"><w:r><w:t xml:space="preserve">([^<]*)<\/w:t>/.exec(xml);
    expect(ref?.[1]).toBe('Tabell 2');
    expect(xml).toMatch(/<w:fldSimple w:instr="REF _Ref_F3 \\h"><w:r><w:t xml:space="preserve">Figur 3<\/w:t>/);
  });

  it('sets statistical symbols in italics with subscripts, in tables and in text', () => {
    const header = stats.match(/<w:tr>.*?<\/w:tr>/s)![0];
    const runs = runsOf(header);
    const italic = (text: string) => runs.filter((r) => r.text === text).every((r) => r.props.includes('<w:i/>'));
    for (const symbol of ['n', 'M', 'SD', 't', 'p']) {
      expect(runs.some((r) => r.text === symbol), symbol).toBe(true);
      expect(italic(symbol), symbol).toBe(true);
    }
    // d_z: an italic d, then a z lowered as a subscript; no underscore left anywhere in the table.
    const d = runs.findIndex((r) => r.text === 'd');
    expect(runs[d].props).toContain('<w:i/>');
    expect(runs[d + 1]).toMatchObject({ text: 'z' });
    expect(runs[d + 1].props).toContain('<w:vertAlign w:val="subscript"/>');
    const g = runs.findIndex((r) => r.text === 'g');
    expect(runs[g + 1].text).toBe('av');
    expect(runs[g + 1].props).toContain('<w:vertAlign w:val="subscript"/>');
    expect(textOf(stats)).not.toContain('_');
    // A body cell: "t(11) = 4,00" with the t in italics and the rest upright.
    const body = runsOf(stats.match(/<w:tr>.*?<\/w:tr>/gs)![1]!);
    const t = body.findIndex((r) => r.text === 't');
    expect(body[t].props).toContain('<w:i/>');
    expect(body[t + 1].text).toBe('(11) = 4,00');
    expect(body[t + 1].props).not.toContain('<w:i/>');
    // In running text too.
    const sentence = runsOf(paragraphs.find((p) => textOf(p).includes('Endringa var'))!);
    expect(sentence.find((r) => r.text === 'p')!.props).toContain('<w:i/>');
    expect(sentence.find((r) => r.text === 'z' && r.props.includes('subscript'))).toBeTruthy();
  });

  it('sets the document language on the styles and the runs, and the title in the properties', () => {
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="nn-NO"/>');
    const runs = xml.match(/<w:r>.*?<\/w:r>/gs)!.filter((r) => r.includes('<w:t'));
    expect(runs.filter((r) => r.includes('<w:lang w:val="nn-NO"/>')).length / runs.length).toBeGreaterThan(0.9);
    expect(parts['docProps/core.xml']).toContain('Evalueringsrapport for nettverket på Øya');
  });

  it('writes a filled-in table of contents and lists of tables and figures, with page numbers', () => {
    const toc = /TOC \\h \\o &quot;1-3&quot;(.*?)<w:fldChar w:fldCharType="end"\/>/s.exec(xml)![1];
    const entries = toc.split('</w:p>').filter((p) => p.includes('<w:hyperlink'));
    expect(entries.length).toBe(1 + 1 + 3 * 2); // title, background, per section two headings
    const first = entries.find((e) => textOf(e).startsWith('Del 1: Tenestemottakarar på Øya'))!;
    expect(textOf(first)).toMatch(/^Del 1: Tenestemottakarar på Øya\d+$/);
    // Each entry links to a bookmark that exists on its heading.
    for (const e of entries) {
      const anchor = /w:anchor="([^"]+)"/.exec(e)![1];
      expect(xml).toContain(`w:name="${anchor}"`);
    }
    const pages = entries.map((e) => Number([...e.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].at(-1)![1]));
    expect(pages.every((n) => Number.isInteger(n) && n >= 1)).toBe(true);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(pages.at(-1)).toBeGreaterThan(pages[0]);
    const tableList = /TOC \\h \\c &quot;Tabell&quot;(.*?)<\/w:sdtContent>/s.exec(xml)?.[1] ?? /TOC \\c &quot;Tabell&quot; \\h(.*?)<\/w:sdtContent>/s.exec(xml)![1];
    expect(textOf(tableList)).toMatch(/^Tabell 1 Endring frå før til etter kurset, del 1\d+Tabell 2 .*\d+Tabell 3 .*\d+$/);
    const figureList = /TOC \\c &quot;Figur&quot; \\h(.*?)<\/w:sdtContent>/s.exec(xml)![1];
    expect(textOf(figureList)).toMatch(/^Figur 1 Oppmøte per møte, del 1\d+Figur 2/);
  });

  it('puts the page number in the footer and lists in numbering', async () => {
    const footer = Object.keys(parts).find((f) => f.startsWith('word/footer'))!;
    expect(parts[footer]).toMatch(/Side .*PAGE/s);
    expect(parts['word/numbering.xml']).toContain('%1.');
  });

  it('keeps the older blocks working: plain tables, images and a toc in a portrait document', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const bytes = await wordDocument({
      title: 'Rapport', languageTag: wordLanguageTag('en'), words: { table: 'Table', figure: 'Figure', note: 'Note.', page: 'Page' },
      blocks: [
        { kind: 'heading', level: 1, text: 'Report' },
        { kind: 'toc', title: 'Contents' },
        { kind: 'table', title: 'Roles', header: ['Role', 'n'], rows: [['Service user', '4'], ['Total', '4']], note: 'Small cells hidden.', boldLastRow: true },
        { kind: 'image', data: png, type: 'png', width: 10, height: 10, alt: 'A dot', caption: 'The dot' },
      ],
    });
    const doc = (await docxParts(bytes))['word/document.xml'];
    expect(doc).toContain('The dot');
    expect(doc).toContain('<w:lang w:val="en-GB"/>');
    expect(doc).toContain('Small cells hidden.');
    // A plain table: the word "p" in a header is not a statistic unless the table says so.
    expect(doc).toMatch(/<w:gridCol w:w="\d+"\/><w:gridCol w:w="\d+"\/>/);
  });
});
