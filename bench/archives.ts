// Archive bombs (issue 11, item 2) against a real `npm start`: uploads a .docx that unpacks to 160 MB of zeros as a
// transcript, a small .docx whose entries overlap to 2.7 GB, a .qdpx whose zip headers claim 2 KB for 600 MB, a .qdpx
// whose 20 overlapping entries each pass the ratio limit but add up to 1.2 GB, and an
// .xlsx bomb as a participant list, while /health is probed back to back. Prints each upload's status and seconds,
// the server's peak RSS (Node process, worker threads included; target ≤ 300 MB) and the longest /health round
// trip (target ≤ 100 ms).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../src/db/embedded.js';
import { docxBomb, honestEntry, lyingHeadersZip, overlappingLowRatioZip, writeZip, zerosEntry } from '../src/lib/archive/bombs.js';
import { adminHeadersFor, nodeProcess, rssMb, startServer, stopServer, type Server } from './processes.js';

const line = (name: string, value: number | string, unit: string) => console.log(`archives.${name}: ${value} ${unit}`);

async function overlappingDocx(entries: number, megabytesEach: number): Promise<Buffer> {
  const run = await zerosEntry('word/media/part0.bin', megabytesEach);
  return writeZip([honestEntry('[Content_Types].xml', '<Types/>'), { ...run, name: 'word/document.xml' }, ...Array.from({ length: entries - 1 }, (_, i) => ({ ...run, name: `word/media/part${i + 1}.bin`, sameDataAs: 1 }))]);
}

async function xlsxBomb(megabytes: number): Promise<Buffer> {
  return writeZip([honestEntry('[Content_Types].xml', '<Types/>'), await zerosEntry('xl/worksheets/sheet1.xml', megabytes)]);
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'varde-bench-archives-'));
const dataDir = path.join(dir, 'data');
let server: Server | undefined;
try {
  const port = await freePort();
  server = await startServer(dataDir, port);
  const headers = await adminHeadersFor(dataDir, server);
  const created = await fetch(`${server.url}/api/v1/programmes`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'learning_network', name: 'Bombetest', startsOn: '2026-01-01', endsOn: '2026-12-31' }),
  });
  if (created.status !== 201) throw new Error(`creating the programme answered ${created.status}: ${await created.text()}`);
  const programmeId = ((await created.json()) as { id: string }).id;
  const node = await nodeProcess(server);

  const uploads: { name: string; path: string; file: Buffer; fileName: string; type: string }[] = [
    { name: 'docx_160mb_zeros', path: `/api/v1/programmes/${programmeId}/analysis/documents/upload`, file: await docxBomb(160), fileName: 'referat.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    { name: 'docx_overlapping_2_7gb', path: `/api/v1/programmes/${programmeId}/analysis/documents/upload`, file: await overlappingDocx(270, 10), fileName: 'intervju.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    { name: 'qdpx_lying_headers_600mb', path: `/api/v1/programmes/${programmeId}/analysis/import-qdpx`, file: await lyingHeadersZip('sources/a.txt', 600, [honestEntry('project.qde', '<Project/>')]), fileName: 'prosjekt.qdpx', type: 'application/octet-stream' },
    // Each entry only ~90× (under the ratio limit) and its headers claim 2 KB: the worker inflates ~1 GB before the total stops it.
    { name: 'qdpx_overlapping_1_2gb_low_ratio', path: `/api/v1/programmes/${programmeId}/analysis/import-qdpx`, file: overlappingLowRatioZip(20, 60, [honestEntry('project.qde', '<Project/>')]), fileName: 'stort.qdpx', type: 'application/octet-stream' },
    { name: 'xlsx_200mb_zeros', path: `/api/v1/programmes/${programmeId}/participants/import/preview`, file: await xlsxBomb(200), fileName: 'deltakere.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  ];

  let peak = await rssMb(node);
  line('rss_before', peak.toFixed(1), 'MB');
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await rssMb(node));
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  let longestHealth = 0;
  let healthFailures = 0;
  const prober = (async () => {
    while (sampling) {
      const started = performance.now();
      try {
        const res = await fetch(`${server!.url}/health`, { signal: AbortSignal.timeout(10_000) });
        await res.arrayBuffer();
        if (!res.ok) healthFailures++;
      } catch {
        healthFailures++;
      }
      longestHealth = Math.max(longestHealth, performance.now() - started);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();

  for (const upload of uploads) {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(upload.file)], { type: upload.type }), upload.fileName);
    form.set('title', upload.name);
    form.set('kind', 'interview_transcript');
    const started = performance.now();
    const res = await fetch(`${server.url}${upload.path}`, { method: 'POST', headers, body: form });
    const answer = (await res.json().catch(() => ({}))) as { detail?: string };
    line(`${upload.name}.file_size`, (upload.file.length / 1024).toFixed(0), 'KB');
    line(`${upload.name}.status`, res.status, '');
    line(`${upload.name}.seconds`, ((performance.now() - started) / 1000).toFixed(2), 's');
    console.log(`# ${upload.name}: ${answer.detail ?? ''}`);
  }
  sampling = false;
  await Promise.all([sampler, prober]);
  line('peak_rss', peak.toFixed(1), 'MB');
  line('longest_health_round_trip', longestHealth.toFixed(1), 'ms');
  line('health_failures', healthFailures, 'count');
  line('server_alive', server.child.exitCode === null ? 'yes' : 'no', '');
} finally {
  if (server) await stopServer(server);
  await rm(dir, { recursive: true, force: true });
}
