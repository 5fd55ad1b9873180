import { describe, expect, it } from 'vitest';
import { InstrumentDefinitionSchema } from './definition.js';
import { codebookHeaders, codebookRows, conditionText } from './export-codebook.js';
import { cells, exportColumns, neutralise, type ExportRow } from './export-columns.js';
import { csvField, csvLine } from './export-csv.js';

const def = InstrumentDefinitionSchema.parse({
  name: 'demo', title: { nb: 'Demo' }, languages: ['nb', 'nn', 'en'],
  sections: [{
    name: 's1',
    items: [
      { type: 'likert', name: 'q1', label: { nb: 'Trives du?', nn: 'Trivst du?', en: 'Do you thrive?' }, points: [1, 2, 3, 4, 5].map((v) => ({ value: v, label: { nb: `P${v}`, nn: `P${v}`, en: `P${v}` } })), dontKnow: { code: 'dk', label: { nb: 'Vet ikke', nn: 'Veit ikkje', en: "Don't know" } } },
      { type: 'multiple_choice', name: 'q2', label: { nb: 'Hvilke?' }, choices: [{ code: '1', label: { nb: 'En' } }, { code: '2', label: { nb: 'To', nn: 'To' } }] },
      { type: 'text', name: 'q3', label: { nb: 'Kommentar' }, showIf: { item: 'q2', op: 'selected', value: '2' } },
      { type: 'yes_no', name: 'q4', label: { nb: 'Ja?' } },
      { type: 'matrix', name: 'm', label: { nb: 'Matrise' }, rows: [{ name: 'm_a', label: { nb: 'A' } }, { name: 'm_b', label: { nb: 'B' } }], choices: [{ code: '1', label: { nb: 'Lite' } }, { code: '2', label: { nb: 'Mye' } }] },
      { type: 'descriptive', name: 'info', label: { nb: 'Takk' } },
    ],
  }],
  scales: [{ name: 'total', label: { nb: 'Sum' }, items: ['q1', 'm_a', 'm_b'], reverse: ['m_b'], method: 'sum', minAnswered: 2 }],
});

const row: ExportRow = {
  id: 'r1', participantCode: 'BAE-P-07', pairingKey: null, status: 'complete', language: 'nn',
  answers: { q1: 4, q2: ['2'], q3: '=HYPERLINK("http://evil.example","klikk")', q4: '1', m_a: '2', m_b: '1' },
  scores: { total: 7 }, startedAt: new Date('2026-03-01T10:00:00Z'), submittedAt: new Date('2026-03-01T10:05:00Z'),
};

describe('response export columns', () => {
  it('has one column per variable, 0/1 per choice of a multiple-choice item, scores last; no participant code unless linked', () => {
    const anon = exportColumns(def, { labels: false, lang: 'nb', participantCode: false, pairingKey: false });
    expect(anon.map((c) => c.header)).toEqual(['response_id', 'status', 'language', 'started_at', 'submitted_at', 'q1', 'q2___1', 'q2___2', 'q3', 'q4', 'm_a', 'm_b', 'total']);
    const linked = exportColumns(def, { labels: false, lang: 'nb', participantCode: true, pairingKey: false });
    expect(linked.map((c) => c.header).slice(0, 2)).toEqual(['response_id', 'participant_code']);
    expect(cells(linked, row)).toEqual(['r1', 'BAE-P-07', 'complete', 'nn', '2026-03-01T10:00:00.000Z', '2026-03-01T10:05:00.000Z', 4, 0, 1, '\'=HYPERLINK("http://evil.example","klikk")', 1, 2, 1, 7]);
  });

  it('writes labels in the chosen language, with a visible marker where a translation is missing', () => {
    const cols = exportColumns(def, { labels: true, lang: 'nn', participantCode: false, pairingKey: false });
    const byHeader = Object.fromEntries(cols.map((c) => [c.header, c.value(row)]));
    expect(byHeader).toMatchObject({ q1: 'P4', q2___1: 'Ikkje kryssa av', q2___2: 'Kryssa av', q4: 'Ja', m_a: '[nb] Mye', total: 7 });
    expect(cols.find((c) => c.header === 'q1')!.value({ ...row, answers: { q1: 'dk' } })).toBe('Veit ikkje');
  });

  it('leaves unanswered cells empty', () => {
    const cols = exportColumns(def, { labels: false, lang: 'nb', participantCode: false, pairingKey: false });
    const empty = cells(cols, { ...row, answers: {}, scores: null, submittedAt: null });
    expect(empty.slice(4)).toEqual([null, null, 0, 0, null, null, null, null, null]);
  });
});

describe('formula injection', () => {
  it.each(['=1+1', '+47 999', '-2+3', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
  });
  it('leaves ordinary text and numbers alone', () => {
    expect(neutralise('Bra kurs')).toBe('Bra kurs');
    expect(neutralise('3')).toBe('3');
    const cols = exportColumns(def, { labels: false, lang: 'nb', participantCode: false, pairingKey: false });
    expect(cols.find((c) => c.header === 'q3')!.value({ ...row, answers: { q3: '-ikke noe' } })).toBe("'-ikke noe");
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, ends lines with CRLF', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('si "hei"')).toBe('"si ""hei"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvField(null)).toBe('');
    expect(csvField(2.5)).toBe('2.5');
    expect(csvLine(['x', 1, null])).toBe('x,1,\r\n');
  });
});

describe('codebook', () => {
  it('lists every exported variable with label, type, codes and branching, and the scales', () => {
    const rows = codebookRows(def, 'en');
    expect(rows.map((r) => r.variable)).toEqual(['q1', 'q2', 'q2___1', 'q2___2', 'q3', 'q4', 'm_a', 'm_b', 'total']);
    const q1 = rows[0];
    expect(q1).toMatchObject({ label: 'Do you thrive?', type: 'likert', scale: 'total' });
    expect(q1.values).toBe("1 = P1 | 2 = P2 | 3 = P3 | 4 = P4 | 5 = P5 | dk = Don't know");
    expect(rows.find((r) => r.variable === 'q3')!.show_if).toBe("[q2(2)] = '1'");
    expect(rows.find((r) => r.variable === 'q4')!.values).toBe('1 = Yes | 0 = No');
    expect(rows.find((r) => r.variable === 'm_b')).toMatchObject({ label: '[nb] Matrise — [nb] B', scale: 'total (reversed)' });
    expect(rows.at(-1)).toMatchObject({ type: 'score', label: '[nb] Sum' });
    expect(rows.at(-1)!.validation).toContain('sum of q1, m_a, m_b; reversed: m_b; missing when fewer than 2 answered');
    expect(Object.keys(q1).sort()).toEqual([...codebookHeaders].sort());
  });
  it('renders compound conditions', () => {
    expect(conditionText({ all: [{ item: 'a', op: 'gte', value: 3 }, { any: [{ item: 'b', op: 'answered' }, { item: 'c', op: 'eq', value: 'x' }] }] })).toBe("[a] >= '3' and ([b] <> '' or [c] = 'x')");
  });
});
