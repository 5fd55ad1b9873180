import { describe, expect, it } from 'vitest';
import { applyPassageEdit, imageIdsOf, parseRichText, parseRuns, visibleText } from './rich-text.js';

describe('rich text', () => {
  it('parses headings, paragraphs, lists, images and generated parts; text never becomes markup', () => {
    const id = '0b6c2f7e-1c7a-4d4e-9d7e-2f1a3b4c5d6e';
    const blocks = parseRichText(`# Tittel\n\nFørste linje\nfortsetter <b>her</b>.\n\n- en\n- **to**\n1. først\n\n![Tavla](image:${id} "Bilde 1")\n{{generated:counts.meetings}}\n### Slutt`);
    expect(blocks).toEqual([
      { type: 'heading', level: 1, runs: [{ text: 'Tittel' }] },
      { type: 'paragraph', runs: [{ text: 'Første linje fortsetter <b>her</b>.' }] },
      { type: 'list', ordered: false, items: [[{ text: 'en' }], [{ text: 'to', bold: true }]] },
      { type: 'list', ordered: true, items: [[{ text: 'først' }]] },
      { type: 'image', imageId: id, alt: 'Tavla', caption: 'Bilde 1' },
      { type: 'generated', key: 'counts.meetings' },
      { type: 'heading', level: 3, runs: [{ text: 'Slutt' }] },
    ]);
    expect(imageIdsOf(blocks)).toEqual([id]);
    expect(parseRuns('a *b* **c** *open')).toEqual([{ text: 'a ' }, { text: 'b', italic: true }, { text: ' ' }, { text: 'c', bold: true }, { text: ' *open' }]);
  });

  it('applies a suggested change to the passage a reader saw, keeping emphasis closed', () => {
    const source = 'Recovery handler om **håp** og mening.';
    expect(visibleText(source).text).toBe('Recovery handler om håp og mening.');
    expect(applyPassageEdit(source, { kind: 'replace', passage: 'håp og mening', text: 'håp, mening og tilhørighet' })).toBe('Recovery handler om **håp, mening og tilhørighet**.');
    expect(applyPassageEdit(source, { kind: 'insert', passage: 'mening', text: ' og tilhørighet' })).toBe('Recovery handler om **håp** og mening og tilhørighet.');
    expect(applyPassageEdit(source, { kind: 'delete', passage: ' og mening', text: '' })).toBe('Recovery handler om **håp**.');
    expect(applyPassageEdit(source, { kind: 'delete', passage: '**håp**', text: '' })).toBeNull();
    expect(applyPassageEdit('a a', { kind: 'delete', passage: 'a', text: '' })).toBeNull();
    expect(applyPassageEdit(source, { kind: 'delete', passage: 'finnes ikke', text: '' })).toBeNull();
  });
});
