import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { DomainError } from '../../lib/errors.js';
import { createRouter, errorResponses, idParam, jsonContent } from '../../http/openapi.js';
import { recordAudit } from '../audit/record.js';
import { getProgramme } from '../programmes/programmes.js';
import { authorizeAnalysis } from './policy.js';
import { exportQdc, exportQdpx, exportTargets, importQdc, importQdpx, maxCodebookBytes, positionConventions, qdcMediaType, qdpxMediaType, type ExportTarget, type ImportSummary } from './refi-qda/index.js';
import { lostKinds } from './refi-qda/parse.js';

const tags = ['Analysis'];
const base = '/programmes/{programmeId}/analysis';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
/** Largest .qdpx accepted as an upload (the server's body limit for the import paths is a little above). */
export const maxQdpxBytes = 50 * 1024 * 1024;

const ImportSummarySchema = z
  .object({
    documents: z.number().int(),
    codes: z.number().int(),
    codings: z.number().int(),
    memos: z.number().int(),
    coders: z.object({ matched: z.number().int(), external: z.number().int() }),
    positions: z
      .object({
        convention: z.enum(positionConventions),
        method: z.enum(['origin', 'only_fit', 'names', 'boundaries', 'standard']),
        rejected: z.enum(positionConventions).nullable(),
        origin: z.string().nullable(),
      })
      .nullable()
      .openapi({ description: 'How the file counts positions (its convention), how that was decided, and the convention its origin pointed to when that did not fit' }),
    lost: z.array(z.object({ kind: z.enum(lostKinds), count: z.number().int() })).openapi({ description: 'What did not come in, counted per kind' }),
    notices: z.array(z.object({ code: z.enum(['no_namespace', 'empty_sets', 'non_guid_ids']), count: z.number().int() })),
    skipped: z.array(z.object({ code: z.string(), name: z.string(), detail: z.string().optional() })),
  })
  .openapi('RefiQdaImportSummary');

const fileResponse = (mediaType: string, description: string) => ({ description, content: { [mediaType]: { schema: z.string().openapi({ format: 'binary' }) } } });

/** A safe file name from the programme's name: letters, digits and dashes only (ASCII). */
export function exportFileName(programmeName: string, extension: string): string {
  const stem = programmeName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æÆ]/g, 'ae').replace(/[øØ]/g, 'o').replace(/[åÅ]/g, 'a')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `${stem || 'varde'}.${extension}`;
}

/** The uploaded `file` of a multipart form (and whether `matchCoders` was ticked), or a 400 naming the field. */
async function uploadedFile(c: Context, max: number): Promise<Uint8Array> {
  return (await uploadedForm(c, max)).bytes;
}
async function uploadedForm(c: Context, max: number): Promise<{ bytes: Uint8Array; matchCoders: boolean }> {
  const isForm = (c.req.header('content-type') ?? '').startsWith('multipart/form-data');
  const form = isForm ? await c.req.parseBody({ all: true }) : {};
  const file = form.file;
  if (!(file instanceof File)) throw new DomainError(400, 'errors.validation', {}, [{ path: 'file', key: 'analysis.refiQda.noFile' }]);
  if (file.size > max) throw new DomainError(413, 'errors.transcriptTooLarge', { max: Math.round(max / 1024 / 1024) });
  return { bytes: new Uint8Array(await file.arrayBuffer()), matchCoders: ['true', 'on', '1'].includes(String(form.matchCoders ?? '')) };
}

const exportQuery = z.object({
  target: z
    .enum(Object.keys(exportTargets) as [ExportTarget, ...ExportTarget[]])
    .default('standard')
    .openapi({ description: 'The tool that will read the file: positions are written as it counts them (standard: REFI-QDA code points, as QualCoder; nvivo and maxqda: UTF-16 units; atlasti: UTF-16 units with a line break counted once)' }),
});

/** REFI-QDA exchange: the project as .qdpx and the codebook as .qdc, out and in. */
export const refiQdaRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: `${base}/export.qdpx`, tags, 'x-policy': 'analysis.read',
      summary: 'The programme’s analysis as a REFI-QDA project (.qdpx): codes, texts, codings, memos and cases',
      request: { params: programmeParams, query: exportQuery }, responses: { 200: fileResponse(qdpxMediaType, 'The .qdpx (Content-Disposition: attachment)'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const actor = c.get('actor')!;
      authorizeAnalysis(actor, 'analysis.read', { programmeId });
      const { target } = c.req.valid('query');
      const programme = await getProgramme(c.get('db'), programmeId);
      const bytes = await exportQdpx(c.get('db'), programmeId, target);
      await recordAudit(c.get('db'), { actorId: actor.userId, action: 'analysis.export_qdpx', entity: 'programme', entityId: programmeId, programmeId, requestId: c.get('requestId'), after: { bytes: bytes.byteLength, target } });
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': qdpxMediaType, 'Content-Disposition': `attachment; filename="${exportFileName(programme.name, 'qdpx')}"` });
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/codebook.qdc`, tags, 'x-policy': 'analysis.read',
      summary: 'The programme’s codebook as a REFI-QDA codebook (.qdc); 409 while there are no codes',
      request: { params: programmeParams }, responses: { 200: fileResponse(qdcMediaType, 'The .qdc (Content-Disposition: attachment)'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const actor = c.get('actor')!;
      authorizeAnalysis(actor, 'analysis.read', { programmeId });
      const programme = await getProgramme(c.get('db'), programmeId);
      const xml = await exportQdc(c.get('db'), programmeId);
      await recordAudit(c.get('db'), { actorId: actor.userId, action: 'analysis.export_qdc', entity: 'programme', entityId: programmeId, programmeId, requestId: c.get('requestId') });
      return c.body(xml, 200, { 'Content-Type': `${qdcMediaType}; charset=utf-8`, 'Content-Disposition': `attachment; filename="${exportFileName(programme.name, 'qdc')}"` });
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/import-qdpx`, tags, 'x-policy': 'analysis.write',
      summary: 'Import a REFI-QDA project (.qdpx, at most 50 MB) into the programme with new ids; nothing is written if any of it is invalid',
      description: 'Request body: multipart/form-data with `file`, and `matchCoders=true` when the file’s coders may be matched to the programme’s people by name or e-mail (otherwise they are kept as external coders). The answer counts what was added, says how positions were counted, and counts what was left out per kind.',
      request: { params: programmeParams },
      responses: { 201: jsonContent(ImportSummarySchema, 'Created'), 422: jsonContent(z.object({}), 'The file is not valid REFI-QDA (problem+json)'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const actor = c.get('actor')!;
      authorizeAnalysis(actor, 'analysis.write', { programmeId });
      await getProgramme(c.get('db'), programmeId);
      const { bytes, matchCoders } = await uploadedForm(c, maxQdpxBytes);
      const summary: ImportSummary = await importQdpx(c.get('db'), programmeId, bytes, { actorId: actor.userId, matchCoders });
      await recordAudit(c.get('db'), { actorId: actor.userId, action: 'analysis.import_qdpx', entity: 'programme', entityId: programmeId, programmeId, requestId: c.get('requestId'), after: { documents: summary.documents, codes: summary.codes, codings: summary.codings, memos: summary.memos, convention: summary.positions?.convention, lost: summary.lost, skipped: summary.skipped.length } });
      return c.json(summary, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/import-qdc`, tags, 'x-policy': 'analysis.write',
      summary: 'Import a REFI-QDA codebook (.qdc, at most 20 MB): its codes are added to the codebook with new ids',
      description: 'Request body: multipart/form-data with `file`.',
      request: { params: programmeParams },
      responses: { 201: jsonContent(ImportSummarySchema, 'Created'), 422: jsonContent(z.object({}), 'The file is not a valid REFI-QDA codebook (problem+json)'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const actor = c.get('actor')!;
      authorizeAnalysis(actor, 'analysis.write', { programmeId });
      await getProgramme(c.get('db'), programmeId);
      const bytes = await uploadedFile(c, maxCodebookBytes);
      const summary: ImportSummary = await importQdc(c.get('db'), programmeId, bytes);
      await recordAudit(c.get('db'), { actorId: actor.userId, action: 'analysis.import_qdc', entity: 'programme', entityId: programmeId, programmeId, requestId: c.get('requestId'), after: { codes: summary.codes, lost: summary.lost, notices: summary.notices } });
      return c.json(summary, 201);
    },
  );
