import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database, Executor } from '../db/client.js';
import type { Language } from '../i18n/index.js';
import type { Actor } from '../modules/access/actor.js';
import type { Mailer } from '../modules/auth/mailer.js';
import type { SessionInfo } from '../modules/auth/sessions.js';
import type { OidcClient } from '../modules/auth/oidc.js';

/** What the app is built from; tests build it with their own database, mailer and OIDC issuer. */
export interface Deps {
  config: Config;
  db: Database;
  /** A small separate pool for /health and session look-ups, so they answer while `db`'s pool is busy (start.ts). */
  lookupDb?: Database;
  mailer: Mailer;
  log: Logger;
  oidc?: OidcClient;
  /** Where the built staff app lives; absent in API-only tests. */
  webRoot?: string;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    /** The request's database handle: a transaction for requests that change data. */
    db: Executor;
    actor: Actor | null;
    session: SessionInfo | null;
    /** Set when a script signed in with a personal API token (Authorization: Bearer) instead of a session. */
    apiToken: { tokenId: string; access: 'read' | 'read_write' } | null;
    lang: Language;
    requestId: string;
  };
}
