// Does the sign-in form tell who has an account by how long it takes to answer? Asks for links for
// registered and unknown addresses, interleaved, through the in-process app with a mailer that takes
// as long as an SMTP round trip (SMTP_MS, default 150 ms), and prints the answer times of each kind.
// The look-up, the link and the send run in the background for both, so the two should match.
// Run: npx tsx bench/sign-in-timing.ts   (DATABASE_URL to use a server instead of an embedded cluster)
import { findOrCreateUser } from '../src/modules/auth/users.js';
import { signInMailsSettled } from '../src/modules/auth/request-link.js';
import { benchApp, benchOrigin, openBenchDatabase, printFigure } from './support.js';

const rounds = Number(process.env.ROUNDS ?? 200);
const smtpMs = Number(process.env.SMTP_MS ?? 150);

const database = await openBenchDatabase('sign-in', 10);
try {
  const db = database.handle.db;
  let sent = 0;
  const app = benchApp(db, { send: async () => void (await new Promise((r) => setTimeout(r, smtpMs)), sent++) });
  // One registered address per round: the per-address limit (10 in 15 minutes) is not what is measured here.
  const known = await Promise.all(Array.from({ length: rounds }, (_, i) => findOrCreateUser(db, { email: `timing-${i}@varde.example`, name: `Timing ${i}` })));
  const times = { known: [] as number[], unknown: [] as number[] };
  const ask = async (email: string, i: number) => {
    const started = performance.now();
    const res = await app.request(`${benchOrigin}/api/v1/auth/sign-in-link`, { method: 'POST', headers: { origin: benchOrigin, 'content-type': 'application/json' }, body: JSON.stringify({ email }) }, { incoming: { socket: { remoteAddress: `10.1.${i >> 8}.${i & 255}` } } });
    if (res.status !== 202) throw new Error(`sign-in link: ${res.status} ${await res.text()}`);
    return performance.now() - started;
  };
  for (let i = 0; i < rounds; i++) {
    // Alternate which goes first, so warm-up and background work fall on both alike.
    if (i % 2) {
      times.known.push(await ask(known[i].email, 2 * i));
      times.unknown.push(await ask(`nobody-${i}@varde.example`, 2 * i + 1));
    } else {
      times.unknown.push(await ask(`nobody-${i}@varde.example`, 2 * i + 1));
      times.known.push(await ask(known[i].email, 2 * i));
    }
  }
  await signInMailsSettled();
  const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
  const median = { known: quantile(times.known, 0.5), unknown: quantile(times.unknown, 0.5) };
  printFigure('sign_in_rounds', rounds, 'requests of each kind');
  printFigure('sign_in_smtp_latency', smtpMs, 'ms');
  printFigure('sign_in_known_median', median.known, 'ms', 2);
  printFigure('sign_in_unknown_median', median.unknown, 'ms', 2);
  printFigure('sign_in_known_p95', quantile(times.known, 0.95), 'ms', 2);
  printFigure('sign_in_unknown_p95', quantile(times.unknown, 0.95), 'ms', 2);
  printFigure('sign_in_median_difference', Math.abs(median.known - median.unknown), 'ms', 2);
  printFigure('sign_in_mails_sent', sent, 'mails');
} finally {
  await database.close();
}
