import { Hono } from 'hono';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../../http/env.js';
import { chooseEncoding, compressPages } from './compress-pages.js';

const page = `<!doctype html><html lang="nb"><body>${'<p>Påstand: Tjenesten legger vekt på brukerens egne mål</p>'.repeat(60)}</body></html>`;

function app() {
  return new Hono<AppEnv>()
    .use('*', compressPages)
    .get('/p/x', (c) => c.html(page))
    .get('/p/small', (c) => c.html('<p>Takk</p>'))
    .get('/api/v1/x', (c) => c.text(page))
    .get('/p/packed', (c) => c.body('already', 200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }));
}

describe('compressed pages', () => {
  it('picks brotli, then gzip, and honours q=0', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });

  it('sends a page as brotli or gzip that unpacks to the same HTML, and says it varies by Accept-Encoding', async () => {
    const br = await app().request('/p/x', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const packed = Buffer.from(await br.arrayBuffer());
    expect(packed.byteLength).toBeLessThan(Buffer.byteLength(page) / 5);
    expect(brotliDecompressSync(packed).toString('utf8')).toBe(page);

    const gz = await app().request('/p/x', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')).toBe(page);
    expect(gz.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('leaves alone what a browser cannot take, tiny pages, the API and answers compressed already', async () => {
    const plain = await app().request('/p/x');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(page);
    const small = await app().request('/p/small', { headers: { 'accept-encoding': 'br' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.text()).toBe('<p>Takk</p>');
    const api = await app().request('/api/v1/x', { headers: { 'accept-encoding': 'br' } });
    expect(api.headers.get('content-encoding')).toBeNull();
    const packed = await app().request('/p/packed', { headers: { 'accept-encoding': 'br' } });
    expect(packed.headers.get('content-encoding')).toBe('gzip');
    expect(await packed.text()).toBe('already');
  });
});
