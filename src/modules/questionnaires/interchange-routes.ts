import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { translate, type Language } from '../../i18n/index.js';
import { DomainError } from '../../lib/errors.js';
import { createRouter, errorResponses, idParam, jsonContent } from '../../http/openapi.js';
import { recordAudit } from '../audit/record.js';
import { programmeGuard } from '../consent/programme-guard.js';
import { createInstrument, getVersion } from './instruments.js';
import { malformed, problem, type InterchangeProblem } from './interchange/problems.js';
import { authorizeQuestionnaires } from './policy.js';
import type { InstrumentDefinition } from './definition.js';
import { exportRedcapProject } from './redcap/export.js';
import { importRedcapFile } from './redcap/import.js';
import { unzipEntries } from '../../lib/archive/read.js';
import { listTemplates } from './templates/index.js';
import { exportXlsForm } from './xlsform/export.js';
import { importXlsForm } from './xlsform/import.js';

/**
 * Templates and interchange: the shipped templates, REDCap data dictionary and XLSForm import (a new instrument
 * with the file as its draft) and export of any version. Instruments are not personal data; building them is
 * `instruments.manage`, reading and exporting `instruments.read`.
 */
const tags = ['Questionnaires'];
const base = '/programmes/{programmeId}';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const versionParams = programmeParams.extend({ versionId: idParam('versionId') });
const langQuery = z.object({ lang: z.enum(['nb', 'nn', 'en']).optional().openapi({ description: 'Language of the texts (REDCap has one language); default: the user’s' }) });
const redcapQuery = langQuery.extend({
  with: z.string().max(2000).regex(/^[0-9a-f-]{36}(,[0-9a-f-]{36}){0,49}$/i, 'errors.invalidId').optional()
    .openapi({ description: 'More instrument versions (comma-separated ids) written after this one as further forms of one project dictionary' }),
});
/** A dictionary of a few hundred fields is well under 1 MB; an .xlsx form a little more. The upload limit is 5 MB. */
const maxUploadBytes = 5 * 1024 * 1024;
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ProblemSchema = z
  .object({ row: z.number().int().optional(), sheet: z.string().optional(), item: z.string().optional(), key: z.string(), message: z.string() })
  .openapi('InterchangeProblem');
const ImportResultSchema = z
  .object({
    instrumentId: z.string(), versionId: z.string(), problems: z.array(ProblemSchema),
    instruments: z.array(z.object({ instrumentId: z.string(), versionId: z.string(), name: z.string() })).openapi({ description: 'One per form of a multi-form REDCap dictionary (the first is also instrumentId / versionId)' }),
  })
  .openapi('InterchangeImportResult');
const file = (mediaType: string, description: string) => ({ description, content: { [mediaType]: { schema: z.string().openapi({ format: 'binary' }) } } });
const unprocessable = { 422: { description: 'Not a valid dictionary / form: the message names the row or sheet; nothing is stored', content: { 'application/problem+json': { schema: z.any() } } } };

/** Every problem in the user's language; a key without a translation never reaches a person (a generic line instead). */
const localise = (lang: Language, list: InterchangeProblem[]) =>
  list.map((p) => {
    const message = translate(lang, p.key, p.vars);
    return {
      ...(p.row !== undefined ? { row: p.row } : {}), ...(p.sheet ? { sheet: p.sheet } : {}), ...(p.item ? { item: p.item } : {}), key: p.key,
      message: message === p.key ? translate(lang, 'questionnaires.interchange.problemUntranslated', { item: p.item ?? '', row: p.row ?? '' }) : message,
    };
  });

/** A REDCap instrument zip (Shared Library / "Download instrument ZIP") holds instrument.csv, which has no record ID. */
async function redcapUpload(bytes: Buffer, language: Language | undefined, title: string | undefined) {
  const isZip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (!isZip) return importRedcapFile(bytes, { language, title });
  const entries = await unzipEntries(bytes, 'zip', /(^|\/)instrument\.csv$/i, 20 * 1024 * 1024);
  const csv = [...entries.values()][0];
  if (!csv) throw malformed([problem('redcapZipWithoutDictionary', {})]);
  return importRedcapFile(csv, { language, title, source: 'instrument' });
}

/** The uploaded `file` (multipart) and the optional `language` / `title` fields; 400 naming `file` without one. */
async function upload(c: Context) {
  const isForm = (c.req.header('content-type') ?? '').startsWith('multipart/form-data');
  const form = isForm ? await c.req.parseBody() : {};
  const f = form.file;
  if (!(f instanceof File)) throw new DomainError(400, 'errors.validation', {}, [{ path: 'file', key: 'questionnaires.interchange.noFile' }]);
  if (f.size > maxUploadBytes) throw new DomainError(413, 'errors.bodyTooLarge');
  const language = typeof form.language === 'string' && ['nb', 'nn', 'en'].includes(form.language) ? (form.language as Language) : undefined;
  const title = typeof form.title === 'string' && form.title.trim() ? form.title.trim().slice(0, 200) : undefined;
  return { bytes: Buffer.from(await f.arrayBuffer()), language, title, fileName: f.name };
}

/**
 * Reads the upload, converts it, and creates the instrument with the result as its draft — or refuses with 422
 * naming the rows when the file is malformed or the result could not be saved as a draft. Nothing is stored on
 * refusal (the request runs in one transaction; the conversion happens before any write).
 */
async function importInstrument(c: Context, programmeId: string, format: 'redcap' | 'xlsform') {
  const actor = c.get('actor');
  authorizeQuestionnaires(actor, 'instruments.manage', { programmeId });
  await programmeGuard(c.get('db'), programmeId, true);
  const { bytes, language, title, fileName } = await upload(c);
  let forms: { definition: InstrumentDefinition; problems: InterchangeProblem[]; blocking: InterchangeProblem[] }[];
  let fileProblems: InterchangeProblem[] = [];
  if (format === 'redcap') {
    const result = await redcapUpload(bytes, language ?? c.get('lang'), title);
    forms = result.forms;
    fileProblems = result.problems;
  } else {
    const result = await importXlsForm(bytes, { language: language ?? c.get('lang') });
    if (title) for (const l of result.definition.languages) result.definition.title[l] = title;
    forms = [result];
  }
  const blocking = forms.flatMap((f) => f.blocking);
  if (blocking.length) throw malformed(blocking);
  // A multi-form dictionary becomes one instrument per form, all in this request's transaction (all or none).
  const created: { instrumentId: string; versionId: string; name: string }[] = [];
  for (const form of forms) {
    const instrument = await createInstrument(c.get('db'), actor!, programmeId, { definition: form.definition }, c.get('requestId'));
    created.push({ instrumentId: instrument.id, versionId: instrument.versions[0].id, name: form.definition.name });
    await recordAudit(c.get('db'), {
      actorId: actor!.userId, action: `instrument.import_${format}`, entity: 'instrument', entityId: instrument.id, programmeId, requestId: c.get('requestId'),
      after: { fileName: fileName.slice(0, 200), problems: fileProblems.length + form.problems.length, ...(forms.length > 1 ? { form: form.definition.name, forms: forms.length } : {}) },
    });
  }
  const problems = [...fileProblems, ...forms.flatMap((f) => f.problems)];
  return c.json({ instrumentId: created[0].instrumentId, versionId: created[0].versionId, instruments: created, problems: localise(c.get('lang'), problems) }, 201);
}

/** The version's definition and the language to write (the query's, else the user's). */
async function versionFor(c: Context, programmeId: string, versionId: string, lang: Language | undefined) {
  const actor = c.get('actor');
  authorizeQuestionnaires(actor, 'instruments.read', { programmeId });
  const version = await getVersion(c.get('db'), programmeId, versionId);
  return { version, actor: actor!, lang: lang ?? (c.get('lang') as Language) };
}

/** What the format could not hold, translated, in a header (URI-encoded JSON; at most 40 lines) beside the file. */
const notesHeader = (lang: Language, notes: InterchangeProblem[]) => ({
  'X-Export-Notes': encodeURIComponent(JSON.stringify(localise(lang, notes).slice(0, 40).map((n) => n.message))),
  'Cache-Control': 'no-store',
});

export const interchangeRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: `${base}/instrument-templates`, tags, 'x-policy': 'instruments.read',
      summary: 'The shipped templates: the seeds’ own forms, and licensed recovery instruments as structure and scoring only (wordingRequired)',
      request: { params: programmeParams }, responses: { 200: jsonContent(z.array(z.any()), 'TemplateSummary[]'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeQuestionnaires(c.get('actor'), 'instruments.read', { programmeId });
      await programmeGuard(c.get('db'), programmeId, false);
      return c.json(listTemplates(), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/instruments/import-redcap`, tags, 'x-policy': 'instruments.manage',
      summary: 'A new instrument from a REDCap data dictionary (CSV; 18, older 17-column or API snake_case headers); its draft holds what could be represented',
      description: 'Request body: multipart/form-data with `file` (the .csv), optionally `language` (nb, nn, en: the language the texts are in; default the user’s) and `title`. The answer lists, row by row, what could not be represented.',
      request: { params: programmeParams },
      responses: { 201: jsonContent(ImportResultSchema, 'Created'), ...unprocessable, ...errorResponses },
    }),
    (c) => importInstrument(c, c.req.valid('param').programmeId, 'redcap'),
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/instruments/import-xlsform`, tags, 'x-policy': 'instruments.manage',
      summary: 'A new instrument from an XLSForm (.xlsx with survey / choices / settings sheets; multilingual label::Language (code) columns)',
      description: 'Request body: multipart/form-data with `file` (the .xlsx), optionally `language` (for plain `label` columns) and `title`. The answer lists, item by item, what could not be represented.',
      request: { params: programmeParams },
      responses: { 201: jsonContent(ImportResultSchema, 'Created'), ...unprocessable, ...errorResponses },
    }),
    (c) => importInstrument(c, c.req.valid('param').programmeId, 'xlsform'),
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/instrument-versions/{versionId}/redcap.csv`, tags, 'x-policy': 'instruments.read',
      summary: 'The version as a REDCap data dictionary (18 columns) in one language; `with` adds further versions as more forms of one project dictionary; `X-Export-Notes` lists what a dictionary cannot hold (scales, …)',
      request: { params: versionParams, query: redcapQuery }, responses: { 200: file('text/csv', 'The CSV (Content-Disposition: attachment)'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, versionId } = c.req.valid('param');
      const query = c.req.valid('query');
      const { version, actor, lang } = await versionFor(c, programmeId, versionId, query.lang);
      const more = query.with ? [...new Set(query.with.split(','))].filter((id) => id !== versionId) : [];
      const others = [];
      for (const id of more) others.push((await getVersion(c.get('db'), programmeId, id)).definition);
      const { csv, notes } = exportRedcapProject([version.definition, ...others], lang);
      await recordAudit(c.get('db'), { actorId: actor.userId, action: 'instrument.export_redcap', entity: 'instrument_version', entityId: versionId, programmeId, requestId: c.get('requestId'), after: { lang, ...(more.length ? { with: more } : {}) } });
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8', 'Content-Language': lang, ...notesHeader(c.get('lang'), notes),
        'Content-Disposition': `attachment; filename="${version.definition.name}-v${version.version}-${lang}.csv"`,
      });
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/instrument-versions/{versionId}/xlsform.xlsx`, tags, 'x-policy': 'instruments.read',
      summary: 'The version as an XLSForm (.xlsx) with every language of the instrument; `X-Export-Notes` lists what XLSForm cannot hold',
      request: { params: versionParams }, responses: { 200: file(xlsxType, 'The XLSX (Content-Disposition: attachment)'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, versionId } = c.req.valid('param');
      const { version, actor } = await versionFor(c, programmeId, versionId, undefined);
      const { xlsx, notes } = await exportXlsForm(version.definition);
      await recordAudit(c.get('db'), { actorId: actor.userId, action: 'instrument.export_xlsform', entity: 'instrument_version', entityId: versionId, programmeId, requestId: c.get('requestId') });
      return c.body(new Uint8Array(xlsx) as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': xlsxType, ...notesHeader(c.get('lang'), notes),
        'Content-Disposition': `attachment; filename="${version.definition.name}-v${version.version}.xlsx"`,
      });
    },
  );
