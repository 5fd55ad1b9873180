import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { TestApp } from './app.js';

/** The test app on a real TCP port, for plain HTTP clients (fetch without cookies, python3, R). */
export async function serveTestApp(t: TestApp): Promise<{ url: string; close(): Promise<void> }> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
