// Slow clients (issue 11, item 1): against a real `npm start`, 10, 100 and 1,000 connections each send the headers
// and the start of a body (half to the public POST /check-in, half to PUT /api/v1/language), then one more byte a
// second for 20 s, never finishing (level 0 is the baseline without them). Meanwhile /health and a signed-in API call (GET /api/v1/programmes, which needs
// the main pool) are probed back to back. Prints the p99 of each probe per level (target ≤ 100 ms) and whether any
// probe failed. BENCH_SLOW_SECONDS sets the 20 s.
import { mkdtemp, rm } from 'node:fs/promises';
import { connect as tcp, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../src/db/embedded.js';
import { adminHeadersFor, startServer, stopServer, type Server } from './processes.js';

const seconds = Number(process.env.BENCH_SLOW_SECONDS ?? 20);
const levels = (process.env.BENCH_SLOW_LEVELS ?? '0,10,100,1000').split(',').map(Number);
const line = (name: string, value: number | string, unit: string) => console.log(`slow_clients.${name}: ${value} ${unit}`);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

function slowClient(port: number, i: number): Socket {
  const socket = tcp(port, '127.0.0.1');
  socket.on('error', () => {});
  socket.on('connect', () => {
    const [method, target, type, start] =
      i % 2 === 0 ? ['POST', '/check-in', 'application/x-www-form-urlencoded', 'code='] : ['PUT', '/api/v1/language', 'application/json', '{"language":'];
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: localhost:${port}\r\nOrigin: http://localhost:${port}\r\nContent-Type: ${type}\r\nContent-Length: 100000\r\n\r\n${start}`);
  });
  const drip = setInterval(() => socket.writable && socket.write(' '), 1000);
  socket.on('close', () => clearInterval(drip));
  return socket;
}

async function probe(url: string, headers: Record<string, string>, until: number): Promise<{ latencies: number[]; failures: number }> {
  const latencies: number[] = [];
  let failures = 0;
  while (Date.now() < until) {
    const started = performance.now();
    try {
      const res = await fetch(url, { headers, signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.status !== 200) failures++;
    } catch {
      failures++;
    }
    latencies.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { latencies: latencies.sort((a, b) => a - b), failures };
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'varde-bench-slow-'));
const dataDir = path.join(dir, 'data');
let server: Server | undefined;
try {
  const port = await freePort();
  server = await startServer(dataDir, port);
  const headers = await adminHeadersFor(dataDir, server);
  for (const level of levels) {
    const sockets = Array.from({ length: level }, (_, i) => slowClient(port, i));
    await new Promise((r) => setTimeout(r, 500));
    const until = Date.now() + seconds * 1000;
    const [health, api] = await Promise.all([probe(`${server.url}/health`, {}, until), probe(`${server.url}/api/v1/programmes`, headers, until)]);
    const stillOpen = sockets.filter((s) => !s.destroyed).length;
    for (const s of sockets) s.destroy();
    line(`${level}.health_p99`, quantile(health.latencies, 0.99).toFixed(1), 'ms');
    line(`${level}.signed_in_api_p99`, quantile(api.latencies, 0.99).toFixed(1), 'ms');
    line(`${level}.probes`, health.latencies.length + api.latencies.length, 'count');
    line(`${level}.failed_probes`, health.failures + api.failures, 'count');
    line(`${level}.slow_connections_open_at_end`, stillOpen, 'count');
    await new Promise((r) => setTimeout(r, 1000));
  }
  line('server_alive', server.child.exitCode === null ? 'yes' : 'no', '');
} finally {
  if (server) await stopServer(server);
  await rm(dir, { recursive: true, force: true });
}
