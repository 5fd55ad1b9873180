/**
 * The pre/post results as a ready report section in Word (issue 6 §5): plain-language summary,
 * methods paragraph, per scale an APA-style table (horizontal rules only, notes below) and the
 * charts as SVG with PNG fallbacks and alt text. Written with the one Word kit (`src/lib/office`).
 */
import { translate, type Language } from '../../i18n/index.js';
import { wordDocument, wordLanguageTag, type OfficeBlock } from '../../lib/office/word.js';
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
export function apaTableBlock(rows: ResultRow[], title: string, note: string, t: (k: string) => string): OfficeBlock {
  return { kind: 'table', title, note, boldLastRow: true, header: columns.map((c) => t(c.header)), rows: rows.map((r) => columns.map((c) => String(r[c.key]))) };
}

const paragraph = (text: string): OfficeBlock => ({ kind: 'paragraph', runs: [{ text }] });

/** The .docx bytes. `lang` is the report's language (bokmål or nynorsk for the summary; English allowed too). */
export async function prePostReportDocx(view: PrePostView, lang: Language, reliability: ScaleReliability[] = []): Promise<Buffer> {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const { analysis, input } = view;
  const labelOf = (s: (typeof analysis.scales)[number]) => localText(s.scale.label, lang) || s.scale.name;
  const title = t('prepost.report.title', { instrument: localText(view.title, lang) });
  const blocks: OfficeBlock[] = [
    { kind: 'heading', level: 1, text: title },
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
    blocks.push(apaTableBlock(scaleRows(s, lang, t, label), t('prepost.report.tableTitle', { scale: label }), t('prepost.report.tableNote'), t));
    const charts = scaleCharts(input, analysis, s.scale.name, 'pooled', lang, t);
    if (charts) for (const chart of [charts.forest, charts.paired, charts.distribution]) blocks.push({ kind: 'chart', chart });
  }
  const words = { table: t('prepost.report.table', { number: '' }).trim(), figure: t('prepost.report.figure', { number: '' }).trim(), note: t('prepost.report.note'), page: t('documents.word.page') };
  return wordDocument({ title, languageTag: wordLanguageTag(lang), landscape: true, words, blocks });
}
