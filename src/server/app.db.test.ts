import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('operations basics', () => {
  it('/health reports the database', async () => {
    const res = await t.call('GET', '/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('sends security headers: CSP without inline scripts, no-sniff, no framing', async () => {
    const res = await t.call('GET', '/api/v1/session');
    const csp = res.headers.get('content-security-policy')!;
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1];
    expect(scriptSrc).toBe("'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('adds HSTS only behind TLS', async () => {
    const res = await t.call('GET', '/health', { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('publishes the OpenAPI 3.1 document with every route under /api/v1', async () => {
    const doc = (await (await t.call('GET', '/api/v1/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).every((p) => p.startsWith('/api/v1/'))).toBe(true);
    expect(doc.paths).toHaveProperty(['/api/v1/programmes/{programmeId}/municipalities/{municipalityId}/services']);
  });

  it('answers unknown API paths with a problem, in the language asked for', async () => {
    const res = await t.call('GET', '/api/v1/no-such-thing', { headers: { 'accept-language': 'nn' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await res.json()).detail).toBe('Finn ikkje det du ser etter. Det kan vere sletta, eller du har ikkje tilgang.');
  });

  it('remembers a language choice in a cookie for someone not signed in', async () => {
    const res = await t.call('PUT', '/api/v1/language', { body: { language: 'en' } });
    expect(res.status).toBe(204);
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    const session = await (await t.call('GET', '/api/v1/session', { headers: { cookie } })).json();
    expect(session.language).toBe('en');
  });
});
