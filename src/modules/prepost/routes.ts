import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { translate, type Language } from '../../i18n/index.js';
import { notFound } from '../../lib/errors.js';
import type { AppEnv } from '../../http/env.js';
import { createRouter, errorResponses, idParam, jsonContent } from '../../http/openapi.js';
import { getProgramme } from '../programmes/programmes.js';
import { listPrePostInstruments } from '../questionnaires/prepost-data.js';
import { scaleCharts } from './charts.js';
import { courseExperienceRoutes } from './course-experience-routes.js';
import { pairsCsv, resultsCsv } from './csv.js';
import { methodsParagraph, plainSummary, reliabilitySentence, scaleSummary } from './narrative.js';
import { authorizePrePost, visibleCourseMunicipalities } from './policy.js';
import { prePostReliability } from './reliability.js';
import { prePostReportDocx, prePostReportPdf } from './report-docx.js';
import { scaleRows } from './rows.js';
import { localText, prePostView } from './service.js';

const tags = ['Pre/post results'];
const base = '/programmes/{programmeId}/prepost';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const instrumentParams = programmeParams.extend({ instrumentId: idParam('instrumentId') });
const anyJson = (description: string) => jsonContent(z.any().openapi({ description }));
const file = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string().openapi({ format: 'binary' }) } } });
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const name = z.string().regex(/^[a-z][a-z0-9_]{0,99}$/, { message: 'errors.invalidType' });
const groupKey = z.union([z.literal('pooled'), z.literal('later'), z.string().regex(/^[0-9a-fA-F-]{36}$/, { message: 'errors.invalidId' })]);

async function viewFor(c: Context<AppEnv>, programmeId: string, instrumentId: string) {
  const { scope, mayShowSmall } = authorizePrePost(c.get('actor'), 'prepost.read', { programmeId });
  const visible = visibleCourseMunicipalities(scope);
  const view = await prePostView(c.get('db'), programmeId, instrumentId, { visible, mayShowSmall });
  const reliability = () => prePostReliability(c.get('db'), programmeId, instrumentId, view.input.definition!, { visible, mayShowSmall, threshold: view.analysis.threshold });
  return Object.assign(view, { reliability });
}

const attachment = (fileName: string) => ({ 'Content-Disposition': `attachment; filename="${fileName}"`, 'Cache-Control': 'no-store' });

export const prePostRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: base, tags, 'x-policy': 'prepost.read',
      summary: 'Instruments with pre and post surveys (wave groups), to choose what to analyse',
      request: { params: programmeParams }, responses: { 200: anyJson('{ instrumentId, title, templateKey, waveGroups }[]'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizePrePost(c.get('actor'), 'prepost.read', { programmeId });
      // An administrator passes the policy for any id: an unknown programme must still be 404, not [].
      await getProgramme(c.get('db'), programmeId);
      return c.json(await listPrePostInstruments(c.get('db'), programmeId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/{instrumentId}`, tags, 'x-policy': 'prepost.read',
      summary: 'Pre/post analysis per scale and subscale, per course and pooled: descriptives, paired t, Wilcoxon, Shapiro–Wilk, effect sizes, exclusions; rows formatted in the caller’s language',
      description: 'Complete pairs only. A municipal contact sees only their municipality’s courses, and groups below the programme’s small-cell threshold are suppressed for them.',
      request: { params: instrumentParams }, responses: { 200: anyJson('{ instrumentId, title, courses, scales: { name, label, rows, summary, result }[], summary, methods }'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, instrumentId } = c.req.valid('param');
      const view = await viewFor(c, programmeId, instrumentId);
      const lang = c.get('lang');
      const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
      const labelOf = (s: (typeof view.analysis.scales)[number]) => localText(s.scale.label, lang) || s.scale.name;
      return c.json({
        instrumentId,
        title: localText(view.title, lang),
        threshold: view.analysis.threshold,
        suppressing: view.analysis.suppressing,
        courses: view.analysis.courses.map((co) => ({ key: co.waveGroupId, label: co.label, isPilot: co.isPilot, municipalityId: co.municipalityId })),
        scales: view.analysis.scales.map((s) => ({
          name: s.scale.name, label: labelOf(s), parent: s.scale.parent ?? null, rows: scaleRows(s, lang, t, labelOf(s)), summary: scaleSummary(s, labelOf(s), lang, t),
          result: s,
        })),
        summary: plainSummary(view.analysis, lang, t, labelOf),
        methods: methodsParagraph(view.analysis, t, lang),
      }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/{instrumentId}/charts`, tags, 'x-policy': 'prepost.read',
      summary: 'The charts of one scale as SVG (paired dot plot, forest plot of mean change with CI, distribution before/after), each with title, text alternative and the table behind it',
      request: { params: instrumentParams, query: z.object({ scale: name.optional(), group: groupKey.optional() }) },
      responses: { 200: anyJson('{ scale, group, paired, forest, distribution: { svg, title, description, table } }'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, instrumentId } = c.req.valid('param');
      const { scale, group } = c.req.valid('query');
      const view = await viewFor(c, programmeId, instrumentId);
      const lang = c.get('lang');
      // Without `scale`, the first one; an instrument without scales has no charts (null), a named unknown scale is 404.
      const chosen = scale ?? view.analysis.scales[0]?.scale.name;
      if (!chosen) return c.json({ scale: null, group: group ?? 'pooled', paired: null, forest: null, distribution: null }, 200);
      const charts = scaleCharts(view.input, view.analysis, chosen, group ?? 'pooled', lang, (k, v) => translate(lang, k, v));
      if (!charts) throw notFound();
      return c.json(charts, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/{instrumentId}/reliability`, tags, 'x-policy': 'prepost.read',
      summary: 'Cronbach’s alpha of every scale before and after (listwise, with item-deleted alphas and corrected item–total correlations)',
      request: { params: instrumentParams }, responses: { 200: anyJson('{ scale, label, items, pre, post, responses, suppressed, text }[]'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, instrumentId } = c.req.valid('param');
      const view = await viewFor(c, programmeId, instrumentId);
      const lang = c.get('lang');
      const labels = new Map(view.analysis.scales.map((s) => [s.scale.name, localText(s.scale.label, lang) || s.scale.name]));
      const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
      return c.json((await view.reliability()).map((r) => ({ ...r, label: labels.get(r.scale) ?? r.scale, text: reliabilitySentence(r, labels.get(r.scale) ?? r.scale, lang, t) })), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/{instrumentId}/report.docx`, tags, 'x-policy': 'prepost.read',
      summary: 'The pre/post results as a Word report section: summary in plain language, methods, APA tables and the charts',
      request: { params: instrumentParams, query: z.object({ language: z.enum(['nb', 'nn', 'en']).optional() }) },
      responses: { 200: file(docxType, 'The .docx (Content-Disposition: attachment)'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, instrumentId } = c.req.valid('param');
      const view = await viewFor(c, programmeId, instrumentId);
      const lang: Language = c.req.valid('query').language ?? (c.get('lang') === 'nn' ? 'nn' : 'nb');
      const bytes = await prePostReportDocx(view, lang, await view.reliability());
      return c.body(new Uint8Array(bytes), 200, { 'Content-Type': docxType, ...attachment('for-etter-resultater.docx') });
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/{instrumentId}/report.pdf`, tags, 'x-policy': 'prepost.read',
      summary: 'The same pre/post report section as a PDF (from the same document model as the Word file): contents with page numbers, APA tables, vector charts',
      request: { params: instrumentParams, query: z.object({ language: z.enum(['nb', 'nn', 'en']).optional() }) },
      responses: { 200: file('application/pdf', 'The PDF (Content-Disposition: attachment)'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, instrumentId } = c.req.valid('param');
      const view = await viewFor(c, programmeId, instrumentId);
      const lang: Language = c.req.valid('query').language ?? (c.get('lang') === 'nn' ? 'nn' : 'nb');
      const bytes = await prePostReportPdf(view, lang, await view.reliability());
      return c.body(new Uint8Array(bytes), 200, { 'Content-Type': 'application/pdf', ...attachment('for-etter-resultater.pdf') });
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/{instrumentId}/pairs.csv`, tags, 'x-policy': 'prepost.read',
      summary: 'Long-format CSV for R/SPSS: one row per complete pair per scale (course, pilot, pair number, scale, pre, post, difference); no identities',
      request: { params: instrumentParams }, responses: { 200: file('text/csv', 'CSV (Content-Disposition: attachment)'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, instrumentId } = c.req.valid('param');
      const view = await viewFor(c, programmeId, instrumentId);
      return c.body(pairsCsv(view.input, view.analysis), 200, { 'Content-Type': 'text/csv; charset=utf-8', ...attachment('prepost-pairs.csv') });
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/{instrumentId}/results.csv`, tags, 'x-policy': 'prepost.read',
      summary: 'CSV of the results: one row per scale × group with every statistic (NA where not computable, with the reason)',
      request: { params: instrumentParams }, responses: { 200: file('text/csv', 'CSV (Content-Disposition: attachment)'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, instrumentId } = c.req.valid('param');
      const view = await viewFor(c, programmeId, instrumentId);
      return c.body(resultsCsv(view.analysis), 200, { 'Content-Type': 'text/csv; charset=utf-8', ...attachment('prepost-results.csv') });
    },
  )
  .route('/', courseExperienceRoutes);
