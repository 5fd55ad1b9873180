import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import QRCode from 'qrcode';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import type { AppEnv } from '../../http/env.js';
import { DomainError } from '../../lib/errors.js';
import { listAuthoredDocuments, latestVersion } from '../documents/documents.js';
import { getProgramme } from '../programmes/programmes.js';
import { buildReport } from './report-build.js';
import { exportStatus, getExport, listExports, requestExport } from './report-exports.js';
import './report-personal-data.js';
import { authorizeReport } from './report-policy.js';
import { reportPreview } from './report-preview.js';
import { pickQuote, quoteCandidates, unpickQuote } from './report-quotes.js';
import { pickedQuotes } from './report-parts-findings.js';
import { reportContext } from './report-context.js';
import { reportExportFormats, reportLanguages } from './report-schema.js';
import { getReport, getSection, listSections, reportSectionOwner, syncReport } from './report-sections.js';
import { getSummary, maxSummaryChars, saveSummaryText, setSummaryPublished, summaryFigures } from './summary.js';

const tags = ['Report'];
const base = '/programmes/{programmeId}/report';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const sectionParams = programmeParams.extend({ reportSectionId: idParam('reportSectionId') });
const exportParams = programmeParams.extend({ reportExportId: idParam('reportExportId') });
const anyJson = (description: string) => jsonContent(z.any().openapi({ description }));
const fileTypes = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf' } as const;
const file = (description: string) => ({ description, content: { [fileTypes.docx]: { schema: z.any() }, [fileTypes.pdf]: { schema: z.any() } } });

const param = (c: Context<AppEnv>, name: string) => c.req.param(name)!;
const who = (c: Context<AppEnv>) => ({ db: c.get('db'), actor: c.get('actor')!, requestId: c.get('requestId') });

/** The report as the editor lists it: language, sections with their document's status and version, exports. */
async function reportView(c: Context<AppEnv>, programmeId: string) {
  const { db } = who(c);
  const report = await getReport(db, programmeId);
  if (!report) return { exists: false, language: null, sections: [], exports: [] };
  const docs = new Map((await listAuthoredDocuments(db, programmeId, reportSectionOwner)).map((d) => [d.id, d]));
  const sections = [];
  for (const s of await listSections(db, programmeId)) {
    const doc = docs.get(s.documentId);
    const v = doc ? await latestVersion(db, doc.id) : null;
    sections.push({ id: s.id, kind: s.kind, questionId: s.questionId, documentId: s.documentId, title: doc?.title ?? '', status: doc?.status ?? 'draft', version: v?.number ?? 0 });
  }
  return { exists: true, language: report.language, sections, exports: await listExports(db, programmeId) };
}

const SummaryText = z.object({ nb: z.string().max(maxSummaryChars), nn: z.string().max(maxSummaryChars), en: z.string().max(maxSummaryChars) });

export const reportRoutes = createRouter()
  .openapi(
    createRoute({ method: 'get', path: base, tags, 'x-policy': 'report.read', summary: 'The evaluation report: language, sections (each a versioned document) and recent exports', request: { params: programmeParams }, responses: { 200: anyJson('{ exists, language, sections, exports }'), ...errorResponses } }),
    async (c) => {
      authorizeReport(c.get('actor'), 'report.read', { programmeId: param(c, 'programmeId') });
      // An administrator passes the policy for any id: an unknown programme must still be 404.
      await getProgramme(c.get('db'), param(c, 'programmeId'));
      return c.json(await reportView(c, param(c, 'programmeId')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: base, tags, 'x-policy': 'report.write',
      summary: 'Create the report in seed 004’s structure (or bring its sections up to date with the evaluation plan), optionally changing its language',
      request: { params: programmeParams, body: jsonBody(z.object({ language: z.enum(reportLanguages).optional() })) }, responses: { 200: anyJson('{ exists, language, sections, exports }'), ...errorResponses },
    }),
    async (c) => {
      const programmeId = param(c, 'programmeId');
      authorizeReport(c.get('actor'), 'report.write', { programmeId });
      const { db, actor, requestId } = who(c);
      await syncReport(db, actor, programmeId, c.req.valid('json').language, requestId);
      return c.json(await reportView(c, programmeId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/preview`, tags, 'x-policy': 'report.read',
      summary: 'Regenerate: every generated part (counts, tables, charts, quotes) built from live data, numbered as in the Word and PDF files, with the lists of tables and figures',
      request: { params: programmeParams }, responses: { 200: anyJson('{ tables, figures, sections: { id, parts: { [key]: blocks } }[] }'), ...errorResponses },
    }),
    async (c) => {
      const programmeId = param(c, 'programmeId');
      authorizeReport(c.get('actor'), 'report.read', { programmeId });
      await getProgramme(c.get('db'), programmeId);
      if (!(await getReport(c.get('db'), programmeId))) throw new DomainError(409, 'reportDoc.errors.noReport');
      return c.json(reportPreview(await buildReport(c.get('db'), programmeId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/quote-candidates`, tags, 'x-policy': 'report.write',
      summary: 'Retrieval for quote picking: a code’s or theme’s coded segments, anonymised as the report prints them, narrowed by words; `sectionId` marks those already picked there',
      request: { params: programmeParams, query: z.object({ codeId: z.string().regex(/^[0-9a-f-]{36}$/i).optional(), sectionId: z.string().regex(/^[0-9a-f-]{36}$/i).optional(), words: z.string().max(200).optional() }) },
      responses: { 200: anyJson('{ total, candidates: { codingId, text, attribution, picked }[] }'), ...errorResponses },
    }),
    async (c) => {
      const programmeId = param(c, 'programmeId');
      authorizeReport(c.get('actor'), 'report.write', { programmeId });
      await getProgramme(c.get('db'), programmeId);
      const query = c.req.valid('query');
      // No code chosen yet: nothing retrieved.
      if (!query.codeId) return c.json({ total: 0, candidates: [] }, 200);
      return c.json(await quoteCandidates(c.get('db'), programmeId, { ...query, codeId: query.codeId }), 200);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: `${base}/sections/{reportSectionId}/quotes`, tags, 'x-policy': 'report.read', summary: 'The quotes picked into a findings section, anonymised as the report prints them', request: { params: sectionParams }, responses: { 200: anyJson('{ id, codingId, text, attribution }[]'), ...errorResponses } }),
    async (c) => {
      const programmeId = param(c, 'programmeId');
      authorizeReport(c.get('actor'), 'report.read', { programmeId });
      const section = await getSection(c.get('db'), programmeId, param(c, 'reportSectionId'));
      const lang = (await getReport(c.get('db'), programmeId))?.language ?? 'nb';
      const quotes = await pickedQuotes(reportContext(c.get('db'), programmeId, lang), section.id);
      return c.json(quotes.map(({ id, codingId, text, attribution }) => ({ id, codingId, text, attribution })), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/sections/{reportSectionId}/quotes`, tags, 'x-policy': 'report.write', summary: 'Pick a coded segment (found under `codeId`) as a quote into a findings section',
      request: { params: sectionParams, body: jsonBody(z.object({ codingId: z.string().regex(/^[0-9a-f-]{36}$/i), codeId: z.string().regex(/^[0-9a-f-]{36}$/i) })) }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const programmeId = param(c, 'programmeId');
      authorizeReport(c.get('actor'), 'report.write', { programmeId });
      const { db, actor, requestId } = who(c);
      await pickQuote(db, actor, programmeId, param(c, 'reportSectionId'), c.req.valid('json'), requestId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: `${base}/quotes/{reportQuoteId}`, tags, 'x-policy': 'report.write', summary: 'Take a picked quote out of its findings section',
      request: { params: programmeParams.extend({ reportQuoteId: idParam('reportQuoteId') }) }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const programmeId = param(c, 'programmeId');
      authorizeReport(c.get('actor'), 'report.write', { programmeId });
      const { db, actor, requestId } = who(c);
      await unpickQuote(db, actor, programmeId, param(c, 'reportQuoteId'), requestId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/exports`, tags, 'x-policy': 'report.read',
      summary: 'Queue a Word or PDF export of the report; a background job builds it (poll its status for the progress bar)',
      request: { params: programmeParams, body: jsonBody(z.object({ format: z.enum(reportExportFormats) })) }, responses: { 200: anyJson('{ id, format, status, progress, fileName, errorKey }'), ...errorResponses },
    }),
    async (c) => {
      const programmeId = param(c, 'programmeId');
      authorizeReport(c.get('actor'), 'report.read', { programmeId });
      const { db, actor, requestId } = who(c);
      return c.json(exportStatus(await requestExport(db, actor, programmeId, c.req.valid('json').format, requestId)), 200);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: `${base}/exports/{reportExportId}`, tags, 'x-policy': 'report.read', summary: 'An export’s status and progress (0–100)', request: { params: exportParams }, responses: { 200: anyJson('{ id, format, status, progress, fileName, errorKey }'), ...errorResponses } }),
    async (c) => {
      const programmeId = param(c, 'programmeId');
      authorizeReport(c.get('actor'), 'report.read', { programmeId });
      return c.json(exportStatus(await getExport(c.get('db'), programmeId, param(c, 'reportExportId'))), 200);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: `${base}/exports/{reportExportId}/file`, tags, 'x-policy': 'report.read', summary: 'The finished Word or PDF file', request: { params: exportParams }, responses: { 200: file('The .docx or .pdf (Content-Disposition: attachment)'), ...errorResponses } }),
    async (c) => {
      const programmeId = param(c, 'programmeId');
      authorizeReport(c.get('actor'), 'report.read', { programmeId });
      const row = await getExport(c.get('db'), programmeId, param(c, 'reportExportId'));
      if (row.status !== 'done' || !row.fileBytes) throw new DomainError(409, 'reportDoc.errors.exportNotReady');
      return c.body(new Uint8Array(row.fileBytes), 200, { 'Content-Type': fileTypes[row.format], 'Content-Disposition': `attachment; filename="${row.fileName}"`, 'Cache-Control': 'no-store' });
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/summary`, tags, 'x-policy': 'report.read',
      summary: 'The public plain-language summary: its text per language, whether it is published, its public address and the generated key figures',
      request: { params: programmeParams }, responses: { 200: anyJson('{ published, url, text: { nb, nn, en }, figures }'), ...errorResponses },
    }),
    async (c) => {
      const programmeId = param(c, 'programmeId');
      authorizeReport(c.get('actor'), 'report.read', { programmeId });
      const row = await getSummary(c.get('db'), programmeId);
      const lang = (await getReport(c.get('db'), programmeId))?.language ?? 'nb';
      const url = row ? `${c.get('deps').config.publicUrl.replace(/\/$/, '')}/r/${row.slug}` : null;
      return c.json({ published: row?.published ?? false, url, text: { nb: row?.textNb ?? '', nn: row?.textNn ?? '', en: row?.textEn ?? '' }, figures: await summaryFigures(c.get('db'), programmeId, lang) }, 200);
    },
  )
  .openapi(
    createRoute({ method: 'put', path: `${base}/summary`, tags, 'x-policy': 'report.write', summary: 'Write the summary’s text in bokmål, nynorsk and English', request: { params: programmeParams, body: jsonBody(SummaryText) }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const programmeId = param(c, 'programmeId');
      authorizeReport(c.get('actor'), 'report.write', { programmeId });
      const { db, actor, requestId } = who(c);
      await saveSummaryText(db, actor, programmeId, c.req.valid('json'), requestId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: `${base}/summary/publication`, tags, 'x-policy': 'report.publish', summary: 'Publish or unpublish the summary at its public address', request: { params: programmeParams, body: jsonBody(z.object({ published: z.boolean() })) }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const programmeId = param(c, 'programmeId');
      authorizeReport(c.get('actor'), 'report.publish', { programmeId });
      const { db, actor, requestId } = who(c);
      await setSummaryPublished(db, actor, programmeId, c.req.valid('json').published, requestId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: `${base}/summary/qr.svg`, tags, 'x-policy': 'report.read', summary: 'A QR code (SVG) of the summary’s public address, for posters and slides', request: { params: programmeParams }, responses: { 200: { description: 'SVG', content: { 'image/svg+xml': { schema: z.any() } } }, ...errorResponses } }),
    async (c) => {
      const programmeId = param(c, 'programmeId');
      authorizeReport(c.get('actor'), 'report.read', { programmeId });
      const row = await getSummary(c.get('db'), programmeId);
      if (!row) throw new DomainError(404, 'reportDoc.errors.noSummary');
      const svg = await QRCode.toString(`${c.get('deps').config.publicUrl.replace(/\/$/, '')}/r/${row.slug}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return c.body(svg, 200, { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'no-store' });
    },
  );
