import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { translate, type Language } from '../../i18n/index.js';
import { createRouter, errorResponses, idParam } from '../../http/openapi.js';
import type { AppEnv } from '../../http/env.js';
import { memberScope } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { codebookHeaders, codebookRows } from './export-codebook.js';
import { exportColumns } from './export-columns.js';
import { rScript, spssSyntax, syntaxVariables } from './export-syntax.js';
import { responseBatches, responseCount, surveyForExport, type ExportSurvey } from './export-source.js';
import { csvStream, csvTable, xlsxStream } from './export-stream.js';
import { authorizeQuestionnaires } from './policy.js';

const tags = ['Questionnaires'];
const base = '/programmes/{programmeId}/surveys/{surveyId}';
const params = z.object({ programmeId: idParam('programmeId'), surveyId: idParam('surveyId') });
const query = z.object({
  // A pattern, not an enum: zod orders numeric-looking enum members first, and `?labels=1` is the documented form.
  labels: z.string().regex(/^(0|1)$/, { message: 'errors.invalidType' }).optional().openapi({ description: '1: choice labels instead of codes' }),
  lang: z.enum(['nb', 'nn', 'en']).optional().openapi({ description: 'Language of labels; the caller’s language by default' }),
});
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const file = (mediaType: string, description: string) => ({
  description,
  headers: { 'X-Total-Rows': { schema: { type: 'integer' as const }, description: 'How many responses the file holds (for a progress bar)' } },
  content: { [mediaType]: { schema: z.string().openapi({ format: 'binary' }) } },
});

/** A safe ASCII file name from the survey's title. */
function fileName(survey: ExportSurvey, suffix: string): string {
  const title = survey.title.nb ?? survey.title.nn ?? survey.title.en ?? 'survey';
  const stem = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[æÆ]/g, 'ae').replace(/[øØ]/g, 'o').replace(/[åÅ]/g, 'a').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).toLowerCase();
  return `${stem || 'survey'}-${suffix}`;
}

/** Signed in and a member first (401 / 404), then the survey's own municipality decides (a contact elsewhere: 404). */
async function authorizedSurvey(c: Context<AppEnv>, programmeId: string, surveyId: string): Promise<ExportSurvey> {
  memberScope(c.get('actor'), programmeId);
  const survey = await surveyForExport(c.get('db'), programmeId, surveyId);
  authorizeQuestionnaires(c.get('actor'), 'surveys.results', { programmeId, municipalityId: survey.municipalityId });
  return survey;
}

/** Loads and authorizes the survey, audits the export, and gives what the writers need. */
async function prepare(c: Context<AppEnv>, what: string, { programmeId, surveyId }: z.infer<typeof params>, { labels, lang: asked }: z.infer<typeof query>) {
  const actor = c.get('actor');
  const survey = await authorizedSurvey(c, programmeId, surveyId);
  const wantLabels = labels === '1';
  const lang: Language = asked ?? c.get('lang');
  const total = await responseCount(c.get('db'), survey.id);
  await recordAudit(c.get('db'), { actorId: actor!.userId, action: `survey.export_${what}`, entity: 'survey', entityId: survey.id, programmeId, requestId: c.get('requestId'), after: { rows: total, labels: wantLabels, lang } });
  const columns = exportColumns(survey.definition, { labels: wantLabels, lang, participantCode: survey.mode === 'linked', pairingKey: survey.mode === 'anonymous' && survey.askPairingCode });
  return { survey, lang, total, columns };
}

const disposition = (name: string) => ({ 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' });

/** Responses out: CSV and XLSX streamed from a database cursor, and the codebook. Research data: `surveys.results`. */
export const responseExportRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: `${base}/responses.csv`, tags, 'x-policy': 'surveys.results',
      summary: 'The survey’s responses as CSV (RFC 4180, UTF-8 with BOM): one column per variable, a 0/1 column per choice of a multiple-choice item (`var___code`), scores; streamed',
      request: { params, query }, responses: { 200: file('text/csv', 'The CSV (Content-Disposition: attachment)'), ...errorResponses },
    }),
    async (c) => {
      const { survey, total, columns } = await prepare(c, 'csv', c.req.valid('param'), c.req.valid('query'));
      return c.body(csvStream(responseBatches(c.get('deps').db, survey), columns), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'X-Total-Rows': String(total), ...disposition(fileName(survey, 'responses.csv')) });
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/responses.xlsx`, tags, 'x-policy': 'surveys.results',
      summary: 'The survey’s responses as XLSX: the answers sheet (as the CSV) and the codebook as a second sheet; streamed',
      request: { params, query }, responses: { 200: file(xlsxType, 'The XLSX (Content-Disposition: attachment)'), ...errorResponses },
    }),
    async (c) => {
      const { survey, lang, total, columns } = await prepare(c, 'xlsx', c.req.valid('param'), c.req.valid('query'));
      const book = codebookRows(survey.definition, lang);
      const log = c.get('deps').log;
      const sheets = { responsesName: translate(lang, 'questionnaires.export.sheets.responses'), codebookName: translate(lang, 'questionnaires.export.sheets.codebook'), codebookHeaders, codebookRows: book.map((r) => codebookHeaders.map((h) => r[h])) };
      const stream = xlsxStream(responseBatches(c.get('deps').db, survey), columns, sheets, (err) => log.error({ err, surveyId: survey.id }, 'response export failed'));
      return c.body(stream, 200, { 'Content-Type': xlsxType, 'X-Total-Rows': String(total), ...disposition(fileName(survey, 'responses.xlsx')) });
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/codebook.csv`, tags, 'x-policy': 'surveys.results',
      summary: 'The codebook of the response export: variable, label in the chosen language, type, codes → labels, validation, branching, scale definitions',
      request: { params, query: query.pick({ lang: true }) }, responses: { 200: file('text/csv', 'The codebook CSV'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, surveyId } = c.req.valid('param');
      const actor = c.get('actor');
      const survey = await authorizedSurvey(c, programmeId, surveyId);
      const asked = c.req.valid('query').lang;
      const lang: Language = asked ?? c.get('lang');
      const rows = codebookRows(survey.definition, lang);
      await recordAudit(c.get('db'), { actorId: actor!.userId, action: 'survey.export_codebook', entity: 'survey', entityId: survey.id, programmeId, requestId: c.get('requestId'), after: { lang } });
      return c.body(csvTable(codebookHeaders, rows.map((r) => codebookHeaders.map((h) => r[h]))), 200, { 'Content-Type': 'text/csv; charset=utf-8', ...disposition(fileName(survey, 'codebook.csv')) });
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/responses.sps`, tags, 'x-policy': 'surveys.results',
      summary: 'SPSS syntax that reads responses.csv (codes) with variable labels, value labels and N/A / don’t know as user-missing',
      request: { params, query: query.pick({ lang: true }) }, responses: { 200: file('text/plain', 'The .sps file'), ...errorResponses },
    }),
    async (c) => syntaxFile(c, 'spss'),
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/responses.R`, tags, 'x-policy': 'surveys.results',
      summary: 'An R script (base R) that reads responses.csv (codes) with label, labels and na_values attributes (haven’s convention)',
      request: { params, query: query.pick({ lang: true }) }, responses: { 200: file('text/plain', 'The .R file'), ...errorResponses },
    }),
    async (c) => syntaxFile(c, 'r'),
  );

/** The .sps or .R beside the CSV: same variables as `exportColumns`, labels in the chosen language. */
async function syntaxFile(c: Context<AppEnv>, kind: 'spss' | 'r') {
  const { programmeId, surveyId } = c.req.param() as { programmeId: string; surveyId: string };
  const survey = await authorizedSurvey(c, programmeId, surveyId);
  const lang: Language = (c.req.query('lang') as Language | undefined) ?? c.get('lang');
  const variables = syntaxVariables(survey.definition, { lang, participantCode: survey.mode === 'linked', pairingKey: survey.mode === 'anonymous' && survey.askPairingCode });
  const csvName = fileName(survey, 'responses.csv');
  const title = survey.title[lang] ?? survey.title.nb ?? survey.title.nn ?? survey.title.en ?? '';
  await recordAudit(c.get('db'), { actorId: c.get('actor')!.userId, action: 'survey.export_codebook', entity: 'survey', entityId: survey.id, programmeId, requestId: c.get('requestId'), after: { lang, syntax: kind } });
  const body = kind === 'spss' ? spssSyntax(variables, csvName, title) : rScript(variables, csvName, title);
  return c.body(body, 200, { 'Content-Type': 'text/plain; charset=utf-8', ...disposition(fileName(survey, kind === 'spss' ? 'responses.sps' : 'responses.R')) });
}
