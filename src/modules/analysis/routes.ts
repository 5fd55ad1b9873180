import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../lib/errors.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import { fieldErrorsFromZod } from '../../lib/zod-messages.js';
import { getProgramme } from '../programmes/programmes.js';
import { codebookRoutes } from './codebook-routes.js';
import { codingRoutes } from './coding-routes.js';
import { deleteDocument, getDocument, importDocument, listDocuments, updateDocument } from './documents.js';
import { DocumentMetaSchema, DocumentPatchSchema, DocumentSchema, DocumentSummarySchema, DocumentTextInputSchema, ImportResultSchema, SettingsPatchSchema, SettingsSchema, iso } from './dto.js';
import { memberCheckRoutes } from './member-check-routes.js';
import { overviewRoutes } from './overview-routes.js';
import { refiQdaRoutes } from './refi-qda-routes.js';
import { authorizeAnalysis } from './policy.js';
import { documentKinds } from './schema.js';
import { getAnalysisSettings, updateAnalysisSettings } from './settings.js';
import { suggestionRoutes } from './suggestion-routes.js';
import { uuidLike } from '../../http/openapi.js';

const tags = ['Analysis'];
const base = '/programmes/{programmeId}/analysis';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const documentParams = programmeParams.extend({ documentId: idParam('documentId') });
export const maxTranscriptBytes = 10 * 1024 * 1024;

const toDto = <T extends { createdAt: Date; originalEncrypted?: Buffer | null }>(d: T) => {
  const { originalEncrypted, ...rest } = d;
  return { ...rest, createdAt: iso(d.createdAt), hasOriginal: !!originalEncrypted, length: [...(rest as unknown as { text: string }).text].length };
};

/** Multipart form fields → the metadata schema (participantIds repeated or comma-separated; attributes as JSON). */
function metaFromForm(form: Record<string, string | File | (string | File)[]>): unknown {
  const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);
  const many = (name: string) => [form[name]].flat().filter((v): v is string => typeof v === 'string').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  let attributes: unknown;
  try {
    attributes = text('attributes') ? JSON.parse(text('attributes')!) : undefined;
  } catch {
    attributes = 'invalid';
  }
  const participantIds = many('participantIds[]').concat(many('participantIds'));
  return {
    title: text('title') ?? (form.file instanceof File ? form.file.name.replace(/\.[^.]+$/, '') : undefined),
    kind: text('kind'),
    ...(text('municipalityId') ? { municipalityId: text('municipalityId') } : {}),
    ...(text('activityType') ? { activityType: text('activityType') } : {}),
    ...(participantIds.length ? { participantIds } : {}),
    ...(attributes !== undefined ? { attributes } : {}),
  };
}

const documentRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: `${base}/settings`, tags, 'x-policy': 'analysis.read', summary: 'Analysis settings: keep originals (and until when), blind coding',
      request: { params: programmeParams }, responses: { 200: jsonContent(SettingsSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.read', { programmeId });
      await getProgramme(c.get('db'), programmeId);
      return c.json(await getAnalysisSettings(c.get('db'), programmeId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: `${base}/settings`, tags, 'x-policy': 'analysis.settings', summary: 'Change analysis settings (coordinator)',
      request: { params: programmeParams, body: jsonBody(SettingsPatchSchema) }, responses: { 200: jsonContent(SettingsSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.settings', { programmeId });
      return c.json(await updateAnalysisSettings(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/documents`, tags, 'x-policy': 'analysis.read', summary: 'Documents of the programme (without their text)',
      request: { params: programmeParams, query: z.object({ kind: z.enum(documentKinds).optional(), municipalityId: z.string().regex(uuidLike, { message: 'errors.invalidId' }).optional() }) },
      responses: { 200: jsonContent(z.array(DocumentSummarySchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.read', { programmeId });
      const rows = await listDocuments(c.get('db'), programmeId, c.req.valid('query'));
      return c.json(rows.map((r) => ({ ...r, createdAt: iso(r.createdAt) })), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/documents`, tags, 'x-policy': 'analysis.write',
      summary: 'Add a pasted or written text; "Name: words" lines become speaker turns; registered names are pseudonymised',
      request: { params: programmeParams, body: jsonBody(DocumentTextInputSchema) }, responses: { 201: jsonContent(ImportResultSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      const { text, ...meta } = c.req.valid('json');
      const row = await importDocument(c.get('db'), c.get('actor')!, programmeId, meta, { text }, { dataDir: c.get('deps').config.dataDir }, c.get('requestId'));
      return c.json(toDto(row), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/documents/upload`, tags, 'x-policy': 'analysis.write',
      summary: 'Import a transcript file (.docx, .txt, .vtt, .srt; at most 10 MB) with its metadata; nothing is written if it cannot be read',
      description: 'Request body: multipart/form-data with `file`, `title` (defaults to the file name), `kind`, and optionally `municipalityId`, `activityType`, `participantIds` (repeated or comma-separated) and `attributes` (a JSON object of strings).',
      request: { params: programmeParams }, responses: { 201: jsonContent(ImportResultSchema, 'Created'), 422: jsonContent(z.object({}), 'The file cannot be read (problem+json)'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      await getProgramme(c.get('db'), programmeId);
      const isForm = (c.req.header('content-type') ?? '').startsWith('multipart/form-data');
      const form = isForm ? await c.req.parseBody({ all: true }) : {};
      const file = form.file;
      if (!(file instanceof File)) throw new DomainError(400, 'errors.validation', {}, [{ path: 'file', key: 'analysis.noFile' }]);
      if (file.size > maxTranscriptBytes) throw new DomainError(413, 'errors.transcriptTooLarge', { max: 10 });
      const meta = DocumentMetaSchema.safeParse(metaFromForm(form));
      if (!meta.success) throw new DomainError(400, 'errors.validation', {}, fieldErrorsFromZod(meta.error));
      const bytes = Buffer.from(await file.arrayBuffer());
      const row = await importDocument(c.get('db'), c.get('actor')!, programmeId, meta.data, { fileName: file.name, bytes }, { dataDir: c.get('deps').config.dataDir }, c.get('requestId'));
      return c.json(toDto(row), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/documents/{documentId}`, tags, 'x-policy': 'analysis.read', summary: 'One document with its working (pseudonymised) text and speaker turns',
      request: { params: documentParams }, responses: { 200: jsonContent(DocumentSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, documentId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.read', { programmeId });
      return c.json(toDto(await getDocument(c.get('db'), programmeId, documentId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: `${base}/documents/{documentId}`, tags, 'x-policy': 'analysis.write', summary: 'Change a document’s metadata (title, kind, municipality, activity, participants, attributes)',
      request: { params: documentParams, body: jsonBody(DocumentPatchSchema) }, responses: { 200: jsonContent(DocumentSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, documentId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      return c.json(toDto(await updateDocument(c.get('db'), c.get('actor')!, programmeId, documentId, c.req.valid('json'), c.get('requestId'))), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: `${base}/documents/{documentId}`, tags, 'x-policy': 'analysis.write', summary: 'Delete a document with its codings, suggestions, memos and original',
      request: { params: documentParams }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, documentId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      await deleteDocument(c.get('db'), c.get('actor')!, programmeId, documentId, c.get('requestId'));
      return c.body(null, 204);
    },
  );

export const analysisRoutes = createRouter().route('/', documentRoutes).route('/', suggestionRoutes).route('/', codebookRoutes).route('/', codingRoutes).route('/', overviewRoutes).route('/', memberCheckRoutes).route('/', refiQdaRoutes);
