/**
 * The pre/post findings as the report shows them: per instrument the plain summary, per scale the
 * APA table and the forest plot and distribution chart — the prepost module's own results, rows and
 * charts (never recomputed here), as a shareable export: small cells are suppressed whoever builds it.
 */
import { translate } from '../../i18n/index.js';
import type { OfficeBlock } from '../../lib/office/word.js';
import { scaleCharts } from '../prepost/charts.js';
import { methodsParagraph, plainSummary } from '../prepost/narrative.js';
import { apaTableBlock } from '../prepost/report-docx.js';
import { scaleRows } from '../prepost/rows.js';
import { localText, prePostView, type PrePostView } from '../prepost/service.js';
import { listPrePostInstruments } from '../questionnaires/prepost-data.js';
import { once, para, refMark, tagged, type ReportContext } from './report-context.js';

/** Above this many courses the forest plot is left out of the report (the APA table lists every course). */
export const maxForestCourses = 60;

export interface PrePostResult {
  view: PrePostView;
  title: string;
  methods: string[];
}

export function prePostResults(ctx: ReportContext): Promise<PrePostResult[]> {
  return once(ctx, 'prepost', async () => {
    const global = (k: string, v?: Record<string, string | number>) => translate(ctx.lang, k, v);
    const out: PrePostResult[] = [];
    for (const instrument of await listPrePostInstruments(ctx.db, ctx.programmeId)) {
      const view = await prePostView(ctx.db, ctx.programmeId, instrument.instrumentId, { visible: 'all', mayShowSmall: false });
      if (!view.analysis.scales.length) continue;
      out.push({ view, title: localText(view.title, ctx.lang), methods: methodsParagraph(view.analysis, global, ctx.lang) });
    }
    return out;
  });
}

/** `refId` limits the part to one instrument (an evaluation question's analysis may name one). */
export async function prePostPart(ctx: ReportContext, instrumentId: string | null): Promise<OfficeBlock[]> {
  const global = (k: string, v?: Record<string, string | number>) => translate(ctx.lang, k, v);
  const blocks: OfficeBlock[] = [];
  const results = (await prePostResults(ctx)).filter((r) => !instrumentId || r.view.instrumentId === instrumentId);
  if (!results.length) return [para(ctx.t('generated.noPrePost'))];
  for (const { view, title } of results) {
    const { analysis, input } = view;
    const labelOf = (s: (typeof analysis.scales)[number]) => localText(s.scale.label, ctx.lang) || s.scale.name;
    blocks.push({ kind: 'heading', level: 4, text: title });
    blocks.push(...plainSummary(analysis, ctx.lang, global, labelOf).map(para));
    for (const s of analysis.scales) {
      const label = labelOf(s);
      const id = `prepost.${view.instrumentId}.${s.scale.name}`;
      const charts = scaleCharts(input, analysis, s.scale.name, 'pooled', ctx.lang, global);
      const figure = input.courses.length <= maxForestCourses ? `${id}.forest` : `${id}.distribution`;
      blocks.push(para(ctx.t(charts ? 'generated.prePostScale' : 'generated.prePostScaleNoChart', { scale: label, table: refMark(`${id}.table`), figure: refMark(figure) })));
      const table = apaTableBlock(scaleRows(s, ctx.lang, global, label), global('prepost.report.tableTitle', { scale: label }), global('prepost.report.tableNote'), global) as Extract<OfficeBlock, { kind: 'table' }>;
      blocks.push(tagged({ ...table, statistics: true }, `${id}.table`));
      if (charts) {
        // A forest plot of hundreds of municipalities is unreadable on a page: the table holds them, the figure the pooled result.
        if (input.courses.length <= maxForestCourses) blocks.push(tagged({ kind: 'chart', chart: charts.forest }, `${id}.forest`));
        blocks.push(tagged({ kind: 'chart', chart: charts.distribution }, `${id}.distribution`));
      }
    }
  }
  return blocks;
}
