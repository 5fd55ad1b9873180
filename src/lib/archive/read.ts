/**
 * Opening uploaded archives safely: the ONE way Varde reads a .docx, .xlsx, .pptx, .qdpx or any other
 * ZIP-based file a person uploads. Each call
 *   1. runs in a worker thread (node:worker_threads), so a slow or huge parse never blocks the
 *      event loop that answers everyone else; the worker has its own heap ceiling, so running out of
 *      memory ends the worker, not Varde;
 *   2. first checks the archive with safe-zip.ts (real inflated sizes, ratio, entry count — never the
 *      headers' claims; limits per kind in `archiveLimits`, with the reasons), then parses it;
 *   3. throws a DomainError with a message in the user's language when the file is refused:
 *      413 `limits.archive.tooLarge | ratio | tooManyEntries | tooComplex`, 422 `limits.archive.invalid`
 *      (as `ArchiveUnreadable`, so a caller can swap in its own "this is not a …" message) and friends.
 * At most two workers exist at once (other archives wait their turn), so memory stays bounded under load;
 * a worker is kept for the next archive for a few seconds (mammoth and exceljs stay loaded), then ended.
 *
 *   const text = await readDocxText(bytes);                    // mammoth's raw text of a .docx
 *   const sheets = await readXlsxSheets(bytes);                // every sheet's cells as text
 *   const parts = await unzipEntries(bytes, 'pptx', /^ppt\/slides\/slide\d+\.xml$/);  // chosen entries
 *   await checkArchive(bytes, 'pptx');                          // only the check, e.g. before storing
 */
import { Worker } from 'node:worker_threads';
import { DomainError } from '../errors.js';
import { archiveLimits, type ArchiveKind, type ZipLimits } from './safe-zip.js';
import type { ArchiveAnswer, ArchiveJob, PlainSheet } from './worker.js';

export { archiveLimits, type ArchiveKind, type ZipLimits } from './safe-zip.js';
export type { PlainSheet } from './worker.js';

/** The file is not a readable archive of its kind (damaged, not a ZIP, or the parser found no document in it). */
export class ArchiveUnreadable extends DomainError {
  constructor(kind: ArchiveKind) {
    super(422, 'limits.archive.invalid' as never, { kind });
  }
}

/** A parse may take this long (a real 10 MB .docx takes ~1 s); then the worker is stopped. */
const jobTimeoutMs = 60_000;
/** Heap ceiling of one worker: well above a real parse (~50–150 MB), well below what would hurt the server. */
const workerHeapMb = 512;
const maxWorkers = 2;
/** An idle worker (with mammoth/exceljs loaded, ~50–80 MB) is ended after this long; the next upload starts a fresh one. */
const idleMs = 15_000;

// The worker is TypeScript like the rest of Varde; tsx compiles it inside the thread (as it does for `npm start`).
const workerUrl = new URL('./worker.ts', import.meta.url).href;
const bootstrap = `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(workerUrl)}, ${JSON.stringify(import.meta.url)}))`;

interface PooledWorker {
  worker: Worker;
  idleTimer?: NodeJS.Timeout;
}
const idle: PooledWorker[] = [];
let alive = 0;
const waiting: ((w: PooledWorker) => void)[] = [];

function spawnWorker(): PooledWorker {
  alive++;
  const worker = new Worker(bootstrap, { eval: true, resourceLimits: { maxOldGenerationSizeMb: workerHeapMb }, stdout: false, stderr: false });
  worker.on('error', () => {});
  return { worker };
}

async function acquire(): Promise<PooledWorker> {
  const ready = idle.pop();
  if (ready) {
    clearTimeout(ready.idleTimer);
    ready.worker.ref();
    return ready;
  }
  if (alive < maxWorkers) return spawnWorker();
  return new Promise((resolve) => waiting.push(resolve));
}

/** A worker that answered goes back to the pool (or straight to the next waiting job); one that failed is ended. */
function release(pooled: PooledWorker, healthy: boolean): void {
  if (!healthy) {
    alive--;
    void pooled.worker.terminate();
    const next = waiting.shift();
    if (next) next(spawnWorker());
    return;
  }
  const next = waiting.shift();
  if (next) return next(pooled);
  pooled.worker.unref();
  pooled.idleTimer = setTimeout(() => {
    const at = idle.indexOf(pooled);
    if (at < 0) return;
    idle.splice(at, 1);
    alive--;
    void pooled.worker.terminate();
  }, idleMs);
  pooled.idleTimer.unref();
  idle.push(pooled);
}

async function inWorker<T>(job: ArchiveJob): Promise<T> {
  const pooled = await acquire();
  const { worker } = pooled;
  let healthy = false;
  try {
    const answer = await new Promise<ArchiveAnswer>((resolve, reject) => {
      const tooComplex: ArchiveAnswer = { ok: false, status: 413, key: 'limits.archive.tooComplex', vars: { kind: job.limits.kind } };
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (answer: ArchiveAnswer) => {
        done();
        healthy = true;
        resolve(answer);
      };
      const onError = (error: Error & { code?: string }) => {
        done();
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') resolve(tooComplex);
        else reject(error);
      };
      const onExit = (code: number) => {
        done();
        reject(new Error(`archive worker exited with code ${code} before answering`));
      };
      const timer = setTimeout(() => {
        done();
        resolve(tooComplex);
      }, jobTimeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
    if (answer.ok) return answer.value as T;
    if ('crashed' in answer) throw new ArchiveUnreadable(job.limits.kind);
    if (answer.key === 'limits.archive.invalid') throw new ArchiveUnreadable(job.limits.kind);
    throw new DomainError(answer.status, answer.key as never, answer.vars);
  } finally {
    release(pooled, healthy);
  }
}

const limitsFor = (kind: ArchiveKind | ZipLimits) => (typeof kind === 'string' ? archiveLimits[kind] : kind);

/** Checks an archive (sizes, ratio, entries) without parsing it; resolves its entry count and inflated size. */
export function checkArchive(bytes: Uint8Array, kind: ArchiveKind | ZipLimits): Promise<{ entries: number; totalBytes: number }> {
  return inWorker({ task: 'check', bytes, limits: limitsFor(kind) });
}

/** The raw text of a .docx (mammoth: one paragraph per line, paragraphs separated by a blank line). */
export function readDocxText(bytes: Uint8Array, limits: ZipLimits = archiveLimits.docx): Promise<string> {
  return inWorker({ task: 'docxText', bytes, limits });
}

/** Every sheet of an .xlsx as text cells, in workbook order. */
export function readXlsxSheets(bytes: Uint8Array, limits: ZipLimits = archiveLimits.xlsx): Promise<PlainSheet[]> {
  return inWorker({ task: 'xlsxSheets', bytes, limits });
}

/**
 * The entries whose names match `include`, inflated (at most `maxBytes` together, default 200 MB), after
 * the whole archive passed the check. Entries with unsafe paths (`..`, a root) are refused.
 */
export async function unzipEntries(bytes: Uint8Array, kind: ArchiveKind | ZipLimits, include: RegExp, maxBytes = 200 * 1024 * 1024): Promise<Map<string, Uint8Array>> {
  const pairs = await inWorker<[string, Uint8Array][]>({ task: 'extract', bytes, limits: limitsFor(kind), include, maxBytes });
  return new Map(pairs);
}
