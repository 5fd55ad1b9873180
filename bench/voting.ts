// 200 participants vote on one live board at once, through real HTTP against a real Varde process
// (`tsx src/main.ts` on its own port, the bench's database via DATABASE_URL), while a projector
// listens on the board's server-sent events. Prints `name: value unit` lines:
//   votes_sent / votes_counted (equal: a reload or double tap is counted once), requests_sent,
//   projector_update_p95 (from a vote's response to the projector showing at least that many ballots; target ≤ 1 s),
//   participant_page_bytes (the ballot page as gzip on the wire; limit 14,336).
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { freePort } from '../src/db/embedded.js';
import { programmeRoles } from '../src/modules/access/schema.js';
import { activities } from '../src/modules/activities/schema.js';
import { startSession } from '../src/modules/auth/sessions.js';
import { findOrCreateUser } from '../src/modules/auth/users.js';
import { boardVotes } from '../src/modules/codesign/board-schema.js';
import { programmeMunicipalities, programmes } from '../src/modules/programmes/schema.js';
import { openBenchDatabase, printFigure } from './support.js';

const participants = Number(process.env.VOTERS ?? 200);
const roles = ['recipient', 'provider', 'leader'] as const;

const bench = await openBenchDatabase('voting', 4);
const db = bench.handle.db;
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'varde-bench-voting-'));
let server: ChildProcess | undefined;

try {
  // The meeting and a facilitator, straight into the database (the bench measures voting, not set-up).
  const [programme] = await db.insert(programmes).values({ kind: 'codesign', name: 'Benk', startsOn: '2026-01-01', endsOn: '2026-12-31' }).returning();
  const [municipality] = await db.insert(programmeMunicipalities).values({ programmeId: programme.id, number: '3201', name: 'Bærum' }).returning();
  const [meeting] = await db.insert(activities).values({ programmeId: programme.id, municipalityId: municipality.id, typeKey: 'feedback_meeting', variant: 'joint', title: 'Felles tilbakemeldingsmøte', durationMinutes: 120, mode: 'physical' }).returning();
  const user = await findOrCreateUser(db, { email: 'fasilitator@varde.example', name: 'Fasilitator' });
  await db.insert(programmeRoles).values({ programmeId: programme.id, userId: user.id, role: 'facilitator' });
  const session = await startSession(db, user.id, 'link');

  server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, DATABASE_URL: bench.handle.pool.options.connectionString, VARDE_DEMO: 'off', PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: origin, VARDE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    if (await fetch(`${origin}/health`).then((r) => r.ok, () => false)) break;
    if (i > 1200) throw new Error('the server did not start within 60 s');
    await new Promise((r) => setTimeout(r, 50));
  }

  const staff = { origin, cookie: `varde_session=${session.secret}`, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
  const apiBase = `${origin}/api/v1/programmes/${programme.id}`;
  const items = ['Bli hørt', 'Faste avtaler', 'Samme kontaktperson', 'Hjelp med bolig', 'Aktiviteter på kveldstid', 'Likepersoner'].map((label) => ({ kind: 'free', label }));
  const made = await fetch(`${apiBase}/activities/${meeting.id}/boards`, { method: 'POST', headers: staff, body: JSON.stringify({ title: 'Hva er viktigst for dere?', mode: 'dots', dotsPerPerson: 3, maxDotsPerItem: 2, items }) });
  if (made.status !== 201) throw new Error(`board: ${made.status} ${await made.text()}`);
  const board = (await made.json()) as { id: string; joinCode: string };
  await fetch(`${apiBase}/boards/${board.id}/open`, { method: 'POST', headers: staff });
  const view = (await (await fetch(`${apiBase}/boards/${board.id}`, { headers: staff })).json()) as { items: { id: string }[] };
  const itemIds = view.items.map((i) => i.id);

  // The projector: every `board` event with the time it arrived and how many ballots it shows.
  const events: { at: number; ballots: number }[] = [];
  const projector = new AbortController();
  const sse = await fetch(`${apiBase}/boards/${board.id}/events`, { headers: { cookie: staff.cookie, accept: 'text/event-stream' }, signal: projector.signal });
  const listening = (async () => {
    const reader = sse.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const data = buffer.slice(0, end).split('\n').find((l) => l.startsWith('data: '));
          buffer = buffer.slice(end + 2);
          if (data) events.push({ at: performance.now(), ballots: (JSON.parse(data.slice(6)) as { tallies: { ballots: number } }).tallies.ballots });
        }
      }
    } catch {
      // Aborted at the end.
    }
  })();

  const form = (fields: [string, string][]) => ({ 'content-type': 'application/x-www-form-urlencoded', origin, body: new URLSearchParams(fields).toString() });
  const cookieOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const boardPath = `${origin}/b/${board.joinCode}`;

  // Everyone joins first (as at the start of a meeting), then all vote at once.
  const phones = await Promise.all(Array.from({ length: participants }, async (_, n) => {
    const { body, ...headers } = form([['_lang', 'nb'], ['role', roles[n % 3]]]);
    const res = await fetch(`${boardPath}/join`, { method: 'POST', headers, body });
    if (res.status !== 200) throw new Error(`join: ${res.status}`);
    await res.arrayBuffer();
    return cookieOf(res);
  }));

  let requests = 0;
  const answered: number[] = [];
  const started = performance.now();
  await Promise.all(phones.map(async (cookie, n) => {
    const ballot: [string, string][] = [[`dots_${itemIds[n % itemIds.length]}`, '2'], [`dots_${itemIds[(n * 7 + 1) % itemIds.length]}`, '1']];
    // Every tenth person taps twice at once, every twentieth reloads the page after voting: one ballot each.
    const times = n % 10 === 0 ? 2 : 1;
    const send = async () => {
      requests++;
      const { body, ...headers } = form(ballot);
      const res = await fetch(`${boardPath}/vote`, { method: 'POST', headers: { ...headers, cookie }, body });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`vote: ${res.status}`);
    };
    await Promise.all(Array.from({ length: times }, send));
    answered.push(performance.now());
    if (n % 20 === 0) await send();
  }));
  const allAnswered = performance.now() - started;

  // Wait for the projector to show every ballot (or give up after 10 s).
  const deadline = performance.now() + 10_000;
  while ((events.at(-1)?.ballots ?? 0) < participants && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  projector.abort();
  await listening;

  // The i-th answered vote is on the projector once an event shows at least i ballots (at once if that came first).
  answered.sort((a, b) => a - b);
  const delays = answered.map((t, i) => {
    const shown = events.find((e) => e.ballots >= i + 1);
    return shown ? Math.max(0, shown.at - t) : Infinity;
  });
  delays.sort((a, b) => a - b);
  const p95 = delays[Math.min(delays.length - 1, Math.ceil(delays.length * 0.95) - 1)];

  // Counted in the database: people with a ballot, however many requests they sent.
  const ballots = (await db.selectDistinct({ voterId: boardVotes.voterId }).from(boardVotes).where(eq(boardVotes.boardId, board.id))).length;

  const bytes = await gzipBytes(`${boardPath}`, phones[1]);
  printFigure('votes_sent', participants, 'ballots');
  printFigure('requests_sent', requests, 'requests');
  printFigure('votes_counted', ballots, 'ballots');
  printFigure('all_votes_answered', allAnswered / 1000, 's', 2);
  printFigure('projector_update_p95', p95 / 1000, 's', 3);
  printFigure('projector_events', events.length, 'events');
  printFigure('participant_page_bytes', bytes, 'bytes');
  if (ballots !== participants) process.exitCode = 1;
} finally {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server!.once('exit', r));
  }
  await bench.close();
  await rm(dataDir, { recursive: true, force: true });
}

/** The page as a phone asking for gzip receives it: bytes on the wire, not decompressed (fetch would inflate it). */
function gzipBytes(url: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'accept-encoding': 'gzip', cookie } }, (res) => {
      let n = 0;
      res.on('data', (c: Buffer) => (n += c.length));
      res.on('end', () => (res.headers['content-encoding'] === 'gzip' ? resolve(n) : reject(new Error('not compressed'))));
    }).on('error', reject);
  });
}
