import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../lib/errors.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent } from '../../http/openapi.js';
import { ImportCommitSchema, ImportPreviewSchema } from './dto.js';
import { commitImport } from './import.js';
import { parseParticipantFile } from './import-parse.js';
import { checkImportRows } from './import-validate.js';
import { authorizePeople } from './policy.js';
import type { ProgrammeScope } from '../access/actor.js';
import { getProgramme } from '../programmes/programmes.js';

const tags = ['People'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });
export const maxImportFileBytes = 5 * 1024 * 1024;

/** Where the caller may register people: everywhere for a coordinator, else their own municipalities. */
const writableMunicipalities = (scope: ProgrammeScope, isAdmin: boolean): 'all' | Set<string> =>
  isAdmin || scope.roles.has('coordinator') ? 'all' : scope.contactMunicipalities;

export const importRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/participants/import/preview', tags, 'x-policy': 'participant.write',
      summary: 'Read a CSV or XLSX participant list (form field `file`, at most 5 MB) and check every row; writes nothing',
      // The multipart body is read by the handler, after authorisation: a declared body makes the
      // validator answer 415 before an unknown programme can be a 404.
      description: 'Request body: multipart/form-data with one field `file` (CSV in UTF-8, or XLSX).',
      request: { params: programmeParams },
      responses: { 200: jsonContent(ImportPreviewSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const actor = c.get('actor');
      const scope = authorizePeople(actor, 'participant.write', { programmeId });
      const db = c.get('db');
      await getProgramme(db, programmeId);
      // Read here rather than required in the route, so authorisation (404 for an unknown programme) comes first.
      const isForm = (c.req.header('content-type') ?? '').startsWith('multipart/form-data');
      const file: unknown = isForm ? (await c.req.parseBody()).file : undefined;
      if (!(file instanceof File)) throw new DomainError(400, 'errors.validation', {}, [{ path: 'file', key: 'people.import.noFile' }]);
      if (file.size > maxImportFileBytes) throw new DomainError(413, 'people.import.fileTooLarge', { max: 5 });
      const rows = await parseParticipantFile(Buffer.from(await file.arrayBuffer()));
      const checked = await checkImportRows(db, programmeId, writableMunicipalities(scope, actor!.isAdmin), rows, c.get('lang'));
      const out = checked.map(({ row, values, errors }) => ({ row, values, errors }));
      return c.json({ rows: out, errorCount: out.filter((r) => r.errors.length > 0).length }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/participants/import', tags, 'x-policy': 'participant.write',
      summary: 'Register every row in one go, or none (400 with the errors per row and column)',
      request: { params: programmeParams, body: jsonBody(ImportCommitSchema) },
      responses: { 201: jsonContent(z.object({ created: z.number() }), 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const actor = c.get('actor');
      const scope = authorizePeople(actor, 'participant.write', { programmeId });
      const created = await commitImport(c.get('db'), actor!, programmeId, writableMunicipalities(scope, actor!.isAdmin), c.req.valid('json').rows, c.get('lang'), c.get('requestId'));
      return c.json({ created: created.length }, 201);
    },
  );
