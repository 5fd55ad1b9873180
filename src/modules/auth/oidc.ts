import * as client from 'openid-client';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
  label: string;
}

export interface OidcStart {
  url: string;
  /** Kept in a short-lived cookie until the provider sends the browser back. */
  pending: { verifier: string; state: string; nonce: string };
}

export interface OidcIdentity {
  identity: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
}

export interface OidcClient {
  label: string;
  start(): Promise<OidcStart>;
  finish(callbackUrl: URL, pending: OidcStart['pending']): Promise<OidcIdentity>;
}

/**
 * Authorization-code flow with PKCE against any OpenID Connect issuer (ID-porten, Feide, Entra ID).
 * Discovery happens on first use and is retried after a failure, so start-up never waits for the issuer.
 */
export function createOidcClient(settings: OidcSettings): OidcClient {
  let configuration: Promise<client.Configuration> | undefined;
  const discover = () => {
    configuration ??= client
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        // Plain http is only accepted for an issuer on this machine (development and tests).
        execute: /^http:\/\/(localhost|127\.0\.0\.1)(:|\/)/.test(settings.issuer) ? [client.allowInsecureRequests] : [],
      })
      .catch((err) => {
        configuration = undefined;
        throw err;
      });
    return configuration;
  };

  return {
    label: settings.label,
    async start() {
      const config = await discover();
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, pending: { verifier, state, nonce } };
    },
    async finish(callbackUrl, pending) {
      const config = await discover();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims()!;
      // In the code flow a conforming provider puts the e-mail and profile claims in UserInfo, not
      // in the ID token (OpenID Connect Core 5.4); ask for them there when the ID token lacks them.
      const claims: Record<string, unknown> =
        idToken.email === undefined && config.serverMetadata().userinfo_endpoint
          ? { ...idToken, ...(await client.fetchUserInfo(config, tokens.access_token, idToken.sub)), sub: idToken.sub }
          : idToken;
      return {
        identity: `${config.serverMetadata().issuer}|${idToken.sub}`,
        email: typeof claims.email === 'string' ? claims.email : undefined,
        emailVerified: claims.email_verified !== false,
        name: typeof claims.name === 'string' ? claims.name : undefined,
      };
    },
  };
}
