/** Settings read once from the environment; everything has a default that works on a laptop. */
export interface Config {
  port: number;
  /** The address to listen on: 127.0.0.1 (this machine only) unless HOST says otherwise, e.g. HOST=0.0.0.0 behind no proxy. */
  host: string;
  /** The address people reach the app at; used in e-mailed links and OIDC redirects. */
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  oidc: { issuer: string; clientId: string; clientSecret: string | undefined; label: string } | undefined;
  loadDemo: boolean;
  logLevel: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.VARDE_DATA_DIR ?? 'data',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Varde <varde@localhost>',
    oidc: env.OIDC_ISSUER
      ? {
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID ?? 'varde',
          clientSecret: env.OIDC_CLIENT_SECRET || undefined,
          label: env.OIDC_LABEL ?? 'ID-porten / Feide',
        }
      : undefined,
    loadDemo: env.VARDE_DEMO !== 'off',
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
  };
}
