import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface ProviderAccount {
  email?: string;
  emailVerified?: boolean;
  name?: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Accounts by subject; tests may change them between sign-ins. */
  accounts: Map<string, ProviderAccount>;
  /** `METHOD /path` of every request the provider has served, in order. */
  requests: string[];
  /**
   * Plays the browser at the provider: follows redirects with its own cookie jar, fills the login
   * form as `subject`, and returns the URL the provider finally sends the browser back to.
   */
  signIn(authorizationUrl: string, subject: string): Promise<URL>;
  close(): Promise<void>;
}

/**
 * A real OpenID Provider (node-oidc-provider) on 127.0.0.1 and a free port, with one confidential
 * client. Its login page is a plain form (any password); consent is granted automatically, as a
 * first-party identity provider would.
 */
export async function startOidcProvider(opts: {
  redirectUri: string;
  clientId?: string;
  clientSecret?: string;
  /**
   * Put the e-mail and profile claims in the ID token too (as Entra ID does). By default the provider
   * follows OpenID Connect Core 5.4 strictly: in the code flow they come only from UserInfo.
   */
  claimsInIdToken?: boolean;
}): Promise<TestOidcProvider> {
  const clientId = opts.clientId ?? 'varde';
  const clientSecret = opts.clientSecret ?? 'secret';
  const accounts = new Map<string, ProviderAccount>();
  const requests: string[] = [];

  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [opts.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['varde-test-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    conformIdTokenClaims: !opts.claimsInIdToken,
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    async findAccount(_ctx: unknown, sub: string) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { sub, email: account.email, email_verified: account.emailVerified ?? true, name: account.name };
        },
      };
    },
    // Skip the consent prompt: every sign-in gets the scopes Varde asks for.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async loadExistingGrant(ctx: any) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });

  // The login interaction: a form, and its submission finishing the interaction as that account.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  provider.use(async (ctx: any, next: () => Promise<void>) => {
    requests.push(`${ctx.method} ${ctx.path}`);
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(ctx.path);
    if (!match) return next();
    const [, uid, login] = match;
    if (ctx.method === 'GET' && !login) {
      const details = await provider.interactionDetails(ctx.req, ctx.res);
      ctx.type = 'html';
      ctx.body = `<!doctype html><title>Sign in</title><p>Prompt: ${details.prompt.name}</p>
<form method="post" action="/interaction/${uid}/login"><input name="login"><input name="password" type="password"><button>Sign in</button></form>`;
      return;
    }
    if (ctx.method === 'POST' && login) {
      const form = new URLSearchParams(await readBody(ctx.req));
      const sub = form.get('login') ?? '';
      if (!accounts.has(sub) || !form.get('password')) {
        ctx.status = 401;
        ctx.body = 'unknown account';
        return;
      }
      const returnTo = await provider.interactionResult(ctx.req, ctx.res, { login: { accountId: sub } }, { mergeWithLastSubmission: false });
      ctx.redirect(returnTo);
      ctx.status = 303;
      return;
    }
    return next();
  });
  server.on('request', provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    requests,
    async signIn(authorizationUrl, subject) {
      const jar = new Map<string, string>();
      let url = new URL(authorizationUrl);
      let init: RequestInit = { method: 'GET' };
      for (let step = 0; step < 10; step++) {
        if (url.origin !== issuer) return url;
        const headers = new Headers(init.headers);
        if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
        const res = await fetch(url, { ...init, headers, redirect: 'manual' });
        for (const cookie of res.headers.getSetCookie()) {
          const [pair] = cookie.split(';');
          const eq = pair.indexOf('=');
          const name = pair.slice(0, eq).trim();
          const value = pair.slice(eq + 1).trim();
          if (value && !/expires=Thu, 01 Jan 1970/i.test(cookie)) jar.set(name, value);
          else jar.delete(name);
        }
        const location = res.headers.get('location');
        if (res.status >= 300 && res.status < 400 && location) {
          await res.arrayBuffer();
          url = new URL(location, url);
          init = { method: 'GET' };
          continue;
        }
        const body = await res.text();
        const action = /<form[^>]*action="([^"]+)"/.exec(body)?.[1];
        if (res.status !== 200 || !action) throw new Error(`OIDC provider answered ${res.status} at ${url.pathname}: ${body.slice(0, 500)}`);
        url = new URL(action, url);
        init = {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ login: subject, password: 'any password' }).toString(),
        };
      }
      throw new Error('OIDC provider: too many steps');
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
