/**
 * The pre/post results as a ready report section in Word and PDF (issue 6 §5, issue 17 §5): contents
 * and lists of tables and figures, plain-language summary, methods paragraph, per scale an APA-style
 * table (horizontal rules only, fitted columns, rows that never split, statistics in italics with
 * subscripts, notes below) referred to from the text, and the charts as vector graphics with alt text.
 * One document model, written by the one Word/PDF kit (`src/lib/office`).
 */
import { translate, type Language } from '../../i18n/index.js';
import { pdfDocument } from '../../lib/office/pdf.js';
import { statisticRuns, wordDocument, wordLanguageTag, type OfficeBlock, type OfficeDocument } from '../../lib/office/word.js';
import { scaleCharts } from './charts.js';
import { methodsParagraph, plainSummary, reliabilitySentence } from './narrative.js';
import type { ScaleReliability } from './reliability.js';
import { scaleRows, type ResultRow } from './rows.js';
import { localText, type PrePostView } from './service.js';

const columns: { key: keyof ResultRow; header: string }[] = [
  { key: 'group', header: 'prepost.table.group' },
  { key: 'n', header: 'prepost.table.pairs' },
  { key: 'preMeanSd', header: 'prepost.table.preMeanSd' },
  { key: 'postMeanSd', header: 'prepost.table.postMeanSd' },
  { key: 'change', header: 'prepost.table.changeCi' },
  { key: 'tTest', header: 'prepost.table.tTest' },
  { key: 'tP', header: 'prepost.table.p' },
  { key: 'wilcoxon', header: 'prepost.table.wilcoxon' },
  { key: 'wilcoxonP', header: 'prepost.table.p' },
  { key: 'dz', header: 'prepost.table.dz' },
  { key: 'gav', header: 'prepost.table.gav' },
  { key: 'rankBiserial', header: 'prepost.table.rankBiserial' },
];

/** One scale's APA table as a block of the Word kit (the last row, the pooled one, in bold). */
export function apaTableBlock(rows: ResultRow[], title: string, note: string, t: (k: string) => string, id?: string): OfficeBlock {
  return { kind: 'table', id, title, note, statistics: true, boldLastRow: true, header: columns.map((c) => t(c.header)), rows: rows.map((r) => columns.map((c) => String(r[c.key]))) };
}

/** A sentence with its statistics (t, p, M, SD, n, d_z …) set as symbols. */
const paragraph = (text: string): OfficeBlock => ({ kind: 'paragraph', runs: statisticRuns(text) });

/** The report as the kit's document model. `lang` is the report's language (bokmål or nynorsk for the summary; English allowed too). */
export function prePostReportDocument(view: PrePostView, lang: Language, reliability: ScaleReliability[] = []): OfficeDocument {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const { analysis, input } = view;
  const labelOf = (s: (typeof analysis.scales)[number]) => localText(s.scale.label, lang) || s.scale.name;
  const title = t('prepost.report.title', { instrument: localText(view.title, lang) });
  const blocks: OfficeBlock[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'toc', title: t('prepost.report.contents') },
    { kind: 'tableList', title: t('prepost.report.tableList') },
    { kind: 'figureList', title: t('prepost.report.figureList') },
    { kind: 'heading', level: 2, text: t('prepost.report.summaryHeading') },
    ...plainSummary(analysis, lang, t, labelOf).map(paragraph),
    { kind: 'heading', level: 2, text: t('prepost.report.methodsHeading') },
    ...methodsParagraph(analysis, t, lang).map(paragraph),
  ];
  if (reliability.length) {
    blocks.push({ kind: 'heading', level: 2, text: t('prepost.reliability.heading') }, paragraph(t('prepost.reliability.note')));
    for (const s of analysis.scales) {
      const r = reliability.find((x) => x.scale === s.scale.name);
      if (r) blocks.push(paragraph(reliabilitySentence(r, labelOf(s), lang, t)));
    }
  }
  for (const s of analysis.scales) {
    const label = labelOf(s);
    blocks.push({ kind: 'heading', level: 2, text: label });
    const tableId = `prepost-${s.scale.name}`;
    blocks.push({ kind: 'paragraph', runs: [{ text: '', ref: tableId }, { text: ` ${t('prepost.report.tableIntro')}` }] });
    blocks.push(apaTableBlock(scaleRows(s, lang, t, label), t('prepost.report.tableTitle', { scale: label }), t('prepost.report.tableNote'), t, tableId));
    const charts = scaleCharts(input, analysis, s.scale.name, 'pooled', lang, t);
    if (charts) for (const chart of [charts.forest, charts.paired, charts.distribution]) blocks.push({ kind: 'chart', chart });
  }
  const words = { table: t('prepost.report.table', { number: '' }).trim(), figure: t('prepost.report.figure', { number: '' }).trim(), note: t('prepost.report.note'), page: t('documents.word.page') };
  return { title, languageTag: wordLanguageTag(lang), landscape: true, words, blocks };
}

/** The .docx bytes. */
export async function prePostReportDocx(view: PrePostView, lang: Language, reliability: ScaleReliability[] = []): Promise<Buffer> {
  return wordDocument(prePostReportDocument(view, lang, reliability));
}

/** The PDF bytes, from the same document model. */
export async function prePostReportPdf(view: PrePostView, lang: Language, reliability: ScaleReliability[] = []): Promise<Buffer> {
  return pdfDocument(prePostReportDocument(view, lang, reliability));
}
