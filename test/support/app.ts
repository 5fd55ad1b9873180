import pino from 'pino';
import { readConfig } from '../../src/config.js';
import type { OidcClient } from '../../src/modules/auth/oidc.js';
import type { Mailer, OutgoingMail } from '../../src/modules/auth/mailer.js';
import { startSession } from '../../src/modules/auth/sessions.js';
import { findOrCreateUser } from '../../src/modules/auth/users.js';
import { createApp } from '../../src/server/app.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const testOrigin = 'http://localhost:3000';

export interface Caller {
  cookie: string;
  csrfToken: string;
  userId: string;
}

export interface TestApp {
  database: TestDatabase;
  app: ReturnType<typeof createApp>;
  sentMail: OutgoingMail[];
  /** Signs a user in (creating them if needed) without the e-mail round trip. */
  signIn(email: string, opts?: { name?: string; isAdmin?: boolean }): Promise<Caller>;
  /** Calls the app in-process like a browser on our origin would, as `caller` or anonymously. */
  /** A FormData body is sent as multipart (file uploads); anything else but a string as JSON. */
  call(method: string, path: string, opts?: { as?: Caller; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  close(): Promise<void>;
}

export async function createTestApp(opts: { mailer?: Mailer; oidc?: OidcClient; publicUrl?: string } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const sentMail: OutgoingMail[] = [];
  const config = { ...readConfig({ PUBLIC_URL: opts.publicUrl ?? testOrigin }), logLevel: 'silent' };
  const app = createApp({
    config,
    db: database.db,
    log: pino({ level: 'silent' }),
    mailer: opts.mailer ?? { send: async (m) => void sentMail.push(m) },
    oidc: opts.oidc,
  });
  return {
    database,
    app,
    sentMail,
    async signIn(email, o = {}) {
      const user = await findOrCreateUser(database.db, { email, name: o.name ?? email.split('@')[0], isAdmin: o.isAdmin });
      const session = await startSession(database.db, user.id, 'link');
      return { cookie: `varde_session=${session.secret}`, csrfToken: session.csrfToken, userId: user.id };
    },
    async call(method, path, o = {}) {
      const headers: Record<string, string> = { origin: testOrigin, ...o.headers };
      if (o.as) {
        headers.cookie = o.as.cookie;
        headers['x-csrf-token'] = o.as.csrfToken;
      }
      let body: string | FormData | undefined;
      if (o.body instanceof FormData) body = o.body;
      else if (o.body !== undefined) {
        body = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
        headers['content-type'] ??= 'application/json';
      }
      return app.request(`${testOrigin}${path}`, { method, headers, body });
    },
    close: () => database.drop(),
  };
}
