import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { sql } from 'drizzle-orm';
import path from 'node:path';
import { installZodMessageKeys } from '../lib/zod-messages.js';
import { accessRoutes } from '../modules/access/routes.js';
import { signInPages } from '../modules/auth/pages.js';
import { participantPages } from '../participant/consent-pages.js';
import { memberCheckPages } from '../participant/member-check-pages.js';
import { consentRoutes } from '../modules/consent/routes.js';
import { privacyRoutes } from '../modules/privacy/routes.js';
import { authApiRoutes } from '../modules/auth/routes.js';
import { programmesRoutes } from '../modules/programmes/routes.js';
import { peopleRoutes } from '../modules/people/routes.js';
import { groupRoutes } from '../modules/groups/routes.js';
import { analysisRoutes } from '../modules/analysis/routes.js';
import { invitationRoutes } from '../modules/activities/invitation-routes.js';
import { activityRoutes } from '../modules/activities/routes.js';
import { activityTypeRoutes } from '../modules/activities/type-routes.js';
import { activityRecordRoutes } from '../modules/activities/record-routes.js';
import { indicatorRoutes } from '../modules/activities/indicator-routes.js';
import { attendanceRoutes } from '../modules/activities/attendance-routes.js';
import { surveyRecipientRoutes } from '../modules/questionnaires/recipient-routes.js';
import { invitationPages } from '../participant/invitation-pages.js';
import { prePostRoutes } from '../modules/prepost/routes.js';
import { responseExportRoutes } from '../modules/questionnaires/export-routes.js';
import { questionnaireRoutes } from '../modules/questionnaires/routes.js';
import { improvementRoutes } from '../modules/improvement/routes.js';
import { improvementMeasureRoutes } from '../modules/improvement/measure-routes.js';
import { questionnairePages } from '../participant/questionnaire-pages.js';
import { materialRoutes, targetAreaRoutes, touchpointRoutes } from '../modules/codesign/target-area-routes.js';
import { boardPages } from '../participant/board-pages.js';
import { boardRoutes } from '../modules/codesign/board-routes.js';
import { documentRoutes } from '../modules/documents/routes.js';
import { courseRoutes } from '../modules/codesign/course-routes.js';
import { workshopRoutes } from '../modules/codesign/workshops-routes.js';
import { reportsRoutes } from '../modules/reports/routes.js';
import { reportRoutes } from '../modules/reports/report-routes.js';
import { summaryPages } from '../participant/summary-pages.js';
import type { AppEnv, Deps } from '../http/env.js';
import { csrfProtection } from './middleware/csrf.js';
import { securityHeaders } from './middleware/security-headers.js';
import { compressPages } from './middleware/compress-pages.js';
import { sessionAndLanguage } from './middleware/session.js';
import { transactionPerRequest } from './middleware/transaction.js';
import { readBodyFirst } from './middleware/read-body.js';
import { rateLimits } from './middleware/rate-limits.js';
import { participantForms } from './middleware/participant-forms.js';
import { createRouter } from '../http/openapi.js';
import { completeOpenApiDocument } from '../http/openapi-document.js';
import { apiTokenRoutes } from '../modules/auth/token-routes.js';
import { handleError, problemResponse } from '../http/problem.js';
import { redactPath } from '../modules/privacy/log-redaction.js';

installZodMessageKeys();

/** Every module's HTTP API, mounted under /api/v1. The OpenAPI document is built from these. */
export function apiRouter() {
  return createRouter().route('/', authApiRoutes).route('/', apiTokenRoutes).route('/', programmesRoutes).route('/', peopleRoutes).route('/', groupRoutes).route('/', accessRoutes).route('/', consentRoutes).route('/', privacyRoutes).route('/', analysisRoutes).route('/', activityRoutes).route('/', activityTypeRoutes).route('/', activityRecordRoutes).route('/', indicatorRoutes).route('/', attendanceRoutes).route('/', invitationRoutes).route('/', prePostRoutes).route('/', responseExportRoutes).route('/', questionnaireRoutes).route('/', surveyRecipientRoutes).route('/', touchpointRoutes).route('/', materialRoutes).route('/', targetAreaRoutes).route('/', improvementRoutes).route('/', improvementMeasureRoutes).route('/', boardRoutes).route('/', documentRoutes).route('/', courseRoutes).route('/', workshopRoutes).route('/', reportsRoutes).route('/', reportRoutes);
}

export function createApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  app.use('*', requestId({ limitLength: 64 }), async (c, next) => {
    c.set('deps', deps);
    const started = performance.now();
    await next();
    // Paths only, never query strings: sign-in tokens travel there. Personal-link tokens are masked.
    deps.log.info({ requestId: c.get('requestId'), method: c.req.method, path: redactPath(c.req.path), status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  });
  app.use('*', securityHeaders);
  // Server-rendered pages leave compressed (brotli or gzip); API answers and the staff app's assets are left alone.
  app.use('*', compressPages);

  app.get('/health', async (c) => {
    try {
      // The small look-up pool (when there is one) answers even while every connection of the main pool is busy.
      await (deps.lookupDb ?? deps.db).execute(sql`select 1`);
      return c.json({ status: 'ok', database: 'ok' });
    } catch {
      return c.json({ status: 'unavailable', database: 'unreachable' }, 503);
    }
  });

  // The session comes first so "too large" is answered in the user's language; the limits come before anything reads the body.
  app.use('*', sessionAndLanguage);
  // File uploads (multipart, e.g. a participant list of up to 5 MB) get room for the file plus form overhead; JSON stays at 1 MB.
  const jsonLimit = bodyLimit({ maxSize: 1024 * 1024, onError: (c) => problemResponse(c, 413, 'errors.bodyTooLarge') });
  const uploadLimit = bodyLimit({ maxSize: 6 * 1024 * 1024, onError: (c) => problemResponse(c, 413, 'errors.bodyTooLarge') });
  // A scanned consent form or a signed agreement is PUT as the raw file (up to 10 MB) to …/scan or …/document.
  const fileLimit = bodyLimit({ maxSize: 10 * 1024 * 1024, onError: (c) => problemResponse(c, 413, 'errors.bodyTooLarge') });
  // A transcript (.docx, .txt, .vtt, .srt) of up to 10 MB comes as multipart to …/analysis/documents/upload.
  const transcriptLimit = bodyLimit({ maxSize: 11 * 1024 * 1024, onError: (c) => problemResponse(c, 413, 'errors.bodyTooLarge') });
  const transcript = (c: Context) => c.req.method === 'POST' && c.req.path.endsWith('/analysis/documents/upload') && (c.req.header('content-type') ?? '').startsWith('multipart/form-data');
  // A REFI-QDA project (.qdpx, up to 50 MB) or codebook (.qdc) comes as multipart to …/analysis/import-qdpx or …/import-qdc.
  const refiQdaLimit = bodyLimit({ maxSize: 51 * 1024 * 1024, onError: (c) => problemResponse(c, 413, 'errors.bodyTooLarge') });
  const refiQda = (c: Context) => c.req.method === 'POST' && /\/analysis\/import-qd(px|c)$/.test(c.req.path) && (c.req.header('content-type') ?? '').startsWith('multipart/form-data');
  const rawFile = (c: Context) => c.req.method === 'PUT' && /\/(scan|document)$/.test(c.req.path) && !/^application\/json/i.test(c.req.header('content-type') ?? '');
  app.use('/api/*', (c, next) => (rawFile(c) ? fileLimit(c, next) : transcript(c) ? transcriptLimit(c, next) : refiQda(c) ? refiQdaLimit(c, next) : (c.req.header('content-type') ?? '').startsWith('multipart/form-data') ? uploadLimit(c, next) : jsonLimit(c, next)));
  app.use('/auth/*', bodyLimit({ maxSize: 64 * 1024, onError: (c) => problemResponse(c, 413, 'errors.bodyTooLarge') }));
  // The whole body is in memory (or refused: 408 too slow, 413 too large) before anything below takes a database connection.
  app.use('*', readBodyFirst);
  // Failures and sends are counted in PostgreSQL, outside the request's transaction (so a refused request still counts).
  app.use('*', rateLimits);
  // Participant and sign-in forms with text PostgreSQL cannot store get a translated 400 page, not a 500.
  app.use('*', participantForms);
  app.use('*', csrfProtection, transactionPerRequest);

  app.route('/api/v1', apiRouter());
  // Built once, on first request: the routes do not change while the process runs.
  let openApiDocument: object | undefined;
  app.get('/api/v1/openapi.json', (c) => {
    openApiDocument ??= completeOpenApiDocument(app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Varde API', version: '1',
        description: 'Every route of the staff app. Errors are application/problem+json. Scripts sign in with a personal API token (Authorization: Bearer).',
        license: { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
      },
      // Relative: the document describes whichever host serves it.
      servers: [{ url: '/', description: 'This Varde' }],
    }));
    return c.json(openApiDocument);
  });
  app.all('/api/*', (c) => problemResponse(c, 404, 'errors.notFound'));
  app.route('/', signInPages);
  app.route('/', participantPages);
  app.route('/', memberCheckPages);
  app.route('/', invitationPages);
  app.route('/', questionnairePages);
  app.route('/', boardPages);
  app.route('/', summaryPages);

  if (deps.webRoot) mountStaffApp(app, deps.webRoot);
  return app;
}

/** The built React staff app: hashed assets cached for good, every other path gets index.html (client routing). */
function mountStaffApp(app: OpenAPIHono<AppEnv>, webRoot: string) {
  const root = path.relative(process.cwd(), webRoot) || '.';
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  // The build writes .br and .gz twins of every text asset (src/web/precompress.ts): sent as they are, never compressed per request.
  app.use('/assets/*', serveStatic({ root, precompressed: true }));
  // A missing asset (an old hashed name after a deploy) is a 404, never index.html cached for a year.
  app.get('/assets/*', (c) => c.text('Not found', 404, { 'Cache-Control': 'no-store' }));
  app.use('/favicon.svg', serveStatic({ root }));
  // index.html is revalidated on every load (set after serving: onFound's header does not reach the response).
  app.get('*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'no-cache');
  });
  app.get('*', serveStatic({ root, path: 'index.html', precompressed: true }));
}
