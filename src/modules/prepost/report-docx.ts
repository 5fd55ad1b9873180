/**
 * The pre/post results as a ready report section in Word (issue 6 §5): plain-language summary,
 * methods paragraph, per scale an APA-style table (horizontal rules only, notes below) and the
 * charts as SVG with PNG fallbacks and alt text.
 */
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, PageOrientation, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { translate, type Language } from '../../i18n/index.js';
import type { Chart } from '../../lib/charts/svg.js';
import { scaleCharts } from './charts.js';
import { methodsParagraph, plainSummary, reliabilitySentence } from './narrative.js';
import type { ScaleReliability } from './reliability.js';
import { svgToPng } from '../../lib/charts/png.js';
import { scaleRows, type ResultRow } from './rows.js';
import { localText, type PrePostView } from './service.js';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

function cell(text: string, opts: { bold?: boolean; top?: boolean; bottom?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) {
  return new TableCell({
    borders: { top: opts.top ? rule : none, bottom: opts.bottom ? rule : none, left: none, right: none },
    children: [new Paragraph({ alignment: opts.align, children: [new TextRun({ text, bold: opts.bold, size: 18 })] })],
  });
}

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

export function apaTable(rows: ResultRow[], t: (k: string) => string): Table {
  const header = new TableRow({ tableHeader: true, children: columns.map((c) => cell(t(c.header), { top: true, bottom: true })) });
  const body = rows.map((r, i) => new TableRow({ children: columns.map((c) => cell(String(r[c.key]), { bottom: i === rows.length - 1, bold: c.key === 'group' && i === rows.length - 1 })) }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] });
}

function figure(chart: Chart, number: number, t: (k: string, v?: Record<string, string | number>) => string): Paragraph[] {
  const scale = 600 / chart.width;
  return [
    new Paragraph({ children: [new TextRun({ text: t('prepost.report.figure', { number }), bold: true })] }),
    new Paragraph({ children: [new TextRun({ text: chart.title, italics: true })] }),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'svg', data: Buffer.from(chart.svg, 'utf8'), fallback: { type: 'png', data: svgToPng(chart.svg, chart.width) },
          transformation: { width: Math.round(chart.width * Math.min(1, scale)), height: Math.round(chart.height * Math.min(1, scale)) },
          altText: { name: chart.kind, title: chart.title, description: chart.description },
        }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: `${t('prepost.report.note')} ${chart.description}`, size: 18 })] }),
  ];
}

/** The .docx bytes. `lang` is the report's language (bokmål or nynorsk for the summary; English allowed too). */
export async function prePostReportDocx(view: PrePostView, lang: Language, reliability: ScaleReliability[] = []): Promise<Buffer> {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const { analysis, input } = view;
  const labelOf = (s: (typeof analysis.scales)[number]) => localText(s.scale.label, lang) || s.scale.name;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t('prepost.report.title', { instrument: localText(view.title, lang) }))] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t('prepost.report.summaryHeading'))] }),
    ...plainSummary(analysis, lang, t, labelOf).map((p) => new Paragraph({ children: [new TextRun(p)] })),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t('prepost.report.methodsHeading'))] }),
    ...methodsParagraph(analysis, t, lang).map((p) => new Paragraph({ children: [new TextRun(p)] })),
  ];
  if (reliability.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t('prepost.reliability.heading'))] }));
    children.push(new Paragraph({ children: [new TextRun(t('prepost.reliability.note'))] }));
    for (const s of analysis.scales) {
      const r = reliability.find((x) => x.scale === s.scale.name);
      if (r) children.push(new Paragraph({ children: [new TextRun(reliabilitySentence(r, labelOf(s), lang, t))] }));
    }
  }
  let tableNo = 0;
  let figureNo = 0;
  for (const s of analysis.scales) {
    const label = labelOf(s);
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(label)] }));
    children.push(new Paragraph({ children: [new TextRun({ text: t('prepost.report.table', { number: ++tableNo }), bold: true })] }));
    children.push(new Paragraph({ children: [new TextRun({ text: t('prepost.report.tableTitle', { scale: label }), italics: true })] }));
    children.push(apaTable(scaleRows(s, lang, t, label), t));
    children.push(new Paragraph({ children: [new TextRun({ text: `${t('prepost.report.note')} ${t('prepost.report.tableNote')}`, size: 18 })] }));
    const charts = scaleCharts(input, analysis, s.scale.name, 'pooled', lang, t);
    if (charts) for (const c of [charts.forest, charts.paired, charts.distribution]) children.push(...figure(c, ++figureNo, t));
  }
  const doc = new Document({
    creator: 'Varde',
    title: t('prepost.report.title', { instrument: localText(view.title, lang) }),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
  return Packer.toBuffer(doc);
}
