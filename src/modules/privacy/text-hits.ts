/**
 * The coordinator's to-do list after withdrawals: read each hit live from its source, and resolve it
 * by replacing the words with the person's code (rewritten in place, audited), by keeping them with
 * a reason (a shared first name; listed in the withdrawal record), or by marking them edited by
 * hand (when the text changed since the search and the range no longer fits).
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, notFound } from '../../lib/errors.js';
import type { OffsetMap } from '../analysis/pseudonymise.js';
import { codePointLength } from '../analysis/text-positions.js';
import { recordAudit } from '../audit/record.js';
import { freeTextSource } from './free-text-sources.js';
import { withdrawals, withdrawalTextHits, type TextHitStatus } from './schema.js';
import { sourceRows, textDigest, writeSourceText } from './withdrawal-search.js';

const CONTEXT = 60;

export interface HitView {
  id: string;
  withdrawalId: string;
  code: string;
  withdrawnAt: Date;
  sourceKey: string;
  labelKey: string;
  /** Where to edit the text by hand in the staff app, relative to the programme. */
  staffPath: string | null;
  detail: 'name' | 'email' | 'phone';
  status: TextHitStatus;
  reason: string | null;
  resolvedAt: Date | null;
  /** The text around the hit, read now; null when the text has changed since the search or is gone. */
  snippet: { before: string; match: string; after: string } | null;
  changed: boolean;
}

type HitRow = typeof withdrawalTextHits.$inferSelect;

async function liveText(db: Executor, programmeId: string, hit: HitRow): Promise<string | null> {
  const source = freeTextSource(hit.sourceKey);
  if (!source) return null;
  const [row] = await sourceRows(db, source, programmeId, null, hit.rowId);
  return row?.text ?? null;
}

function snippetOf(text: string, hit: HitRow): HitView['snippet'] {
  const chars = Array.from(text);
  return {
    before: (hit.start > CONTEXT ? '…' : '') + chars.slice(Math.max(0, hit.start - CONTEXT), hit.start).join(''),
    match: chars.slice(hit.start, hit.end).join(''),
    after: chars.slice(hit.end, hit.end + CONTEXT).join('') + (chars.length > hit.end + CONTEXT ? '…' : ''),
  };
}

async function view(db: Executor, programmeId: string, hit: HitRow, record: { code: string; withdrawnAt: Date }): Promise<HitView> {
  const source = freeTextSource(hit.sourceKey);
  const open = hit.status === 'open' || hit.status === 'kept';
  const text = open ? await liveText(db, programmeId, hit) : null;
  const fits = text !== null && textDigest(hit.id, text) === hit.textDigest;
  return {
    id: hit.id, withdrawalId: hit.withdrawalId, code: record.code, withdrawnAt: record.withdrawnAt, sourceKey: hit.sourceKey,
    labelKey: source?.labelKey ?? 'withdrawalSearch.sources.unknown',
    staffPath: source?.staffPath ? source.staffPath.replace(':id', hit.rowId) : null,
    detail: hit.detail, status: hit.status, reason: hit.reason, resolvedAt: hit.resolvedAt,
    snippet: fits ? snippetOf(text, hit) : null,
    changed: open && !fits,
  };
}

/** The hits of a programme, open ones by default, oldest withdrawal first. */
export async function listTextHits(db: Executor, programmeId: string, statuses: TextHitStatus[] = ['open']): Promise<HitView[]> {
  const rows = await db
    .select({ hit: withdrawalTextHits, code: withdrawals.code, withdrawnAt: withdrawals.withdrawnAt })
    .from(withdrawalTextHits)
    .innerJoin(withdrawals, eq(withdrawals.id, withdrawalTextHits.withdrawalId))
    .where(and(eq(withdrawalTextHits.programmeId, programmeId), inArray(withdrawalTextHits.status, statuses)))
    .orderBy(asc(withdrawals.withdrawnAt), asc(withdrawalTextHits.sourceKey), asc(withdrawalTextHits.rowId), asc(withdrawalTextHits.start));
  const result: HitView[] = [];
  for (const r of rows) result.push(await view(db, programmeId, r.hit, r));
  return result;
}

/** The withdrawal records of a programme, newest first, with what the search found and the hits kept with a reason. */
export async function listWithdrawalRecords(db: Executor, programmeId: string) {
  const records = await db.select().from(withdrawals).where(eq(withdrawals.programmeId, programmeId)).orderBy(desc(withdrawals.withdrawnAt));
  const hits = await db.select().from(withdrawalTextHits).where(eq(withdrawalTextHits.programmeId, programmeId));
  const result = [];
  for (const r of records) {
    const own = hits.filter((h) => h.withdrawalId === r.id);
    const counts = Object.fromEntries((['open', 'replaced', 'kept', 'edited', 'gone'] as const).map((s) => [s, own.filter((h) => h.status === s).length])) as Record<TextHitStatus, number>;
    const kept = [];
    for (const h of own.filter((x) => x.status === 'kept')) kept.push(await view(db, programmeId, h, r));
    result.push({ id: r.id, code: r.code, choice: r.choice, via: r.via, withdrawnAt: r.withdrawnAt, hits: counts, kept });
  }
  return result;
}

export type Resolution = { action: 'replace' } | { action: 'keep'; reason: string } | { action: 'edited' };

/** One code-point range replaced: the offset map the analysis module uses to move its positions. */
function singleReplacement(oldLength: number, start: number, end: number, replacementLength: number): OffsetMap {
  const delta = replacementLength - (end - start);
  return { segments: [{ oldStart: start, oldEnd: end, newStart: start, newEnd: start + replacementLength }], oldLength, newLength: oldLength + delta };
}

interface Sibling {
  hit: HitRow;
  /** The words at the hit, read just before the write (kept in memory only). */
  words: string;
}

/**
 * Other open hits in the same row of the same table whose text still fits: a rewrite may move them
 * (the same text shifts; a document's turns get new offsets), so their words are noted first.
 */
async function fittingSiblings(db: Executor, programmeId: string, hit: HitRow, table: string): Promise<Sibling[]> {
  const rows = await db.select().from(withdrawalTextHits).where(and(eq(withdrawalTextHits.programmeId, programmeId), eq(withdrawalTextHits.rowId, hit.rowId), eq(withdrawalTextHits.status, 'open')));
  const texts = new Map<string, string | null>();
  const result: Sibling[] = [];
  for (const s of rows) {
    if (s.id === hit.id || freeTextSource(s.sourceKey)?.table !== table) continue;
    if (!texts.has(s.sourceKey)) texts.set(s.sourceKey, await liveText(db, programmeId, s));
    const text = texts.get(s.sourceKey);
    if (text != null && textDigest(s.id, text) === s.textDigest) result.push({ hit: s, words: Array.from(text).slice(s.start, s.end).join('') });
  }
  return result;
}

/** After a write: each sibling's words are found again nearest to where they should be, and the hit gets the new text's digest. */
async function relocate(db: Executor, programmeId: string, siblings: Sibling[], shift: (s: Sibling) => number): Promise<void> {
  const texts = new Map<string, string | null>();
  for (const s of siblings) {
    if (!texts.has(s.hit.sourceKey)) texts.set(s.hit.sourceKey, await liveText(db, programmeId, s.hit));
    const text = texts.get(s.hit.sourceKey);
    if (text == null) continue;
    const length = codePointLength(s.words);
    const expected = s.hit.start + shift(s);
    let best = -1;
    for (let at = text.indexOf(s.words); at >= 0 && s.words; at = text.indexOf(s.words, at + 1)) {
      const i = codePointLength(text.slice(0, at));
      if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) best = i;
    }
    if (best < 0) continue; // It will show as changed: the coordinator edits it by hand.
    await db.update(withdrawalTextHits).set({ start: best, end: best + length, textDigest: textDigest(s.hit.id, text) }).where(eq(withdrawalTextHits.id, s.hit.id));
  }
}

export async function resolveTextHit(db: Executor, actorId: string, programmeId: string, hitId: string, resolution: Resolution, requestId?: string): Promise<HitView> {
  const [row] = await db
    .select({ hit: withdrawalTextHits, code: withdrawals.code, withdrawnAt: withdrawals.withdrawnAt })
    .from(withdrawalTextHits)
    .innerJoin(withdrawals, eq(withdrawals.id, withdrawalTextHits.withdrawalId))
    .where(and(eq(withdrawalTextHits.programmeId, programmeId), eq(withdrawalTextHits.id, hitId)))
    // Two coordinators resolving the same hit: the second waits, then finds it resolved.
    .for('update', { of: withdrawalTextHits });
  if (!row) throw notFound();
  const hit = row.hit;
  if (hit.status !== 'open') throw conflict('errors.withdrawalHitResolved');
  let status: TextHitStatus = resolution.action === 'keep' ? 'kept' : 'edited';
  if (resolution.action === 'replace') {
    const source = freeTextSource(hit.sourceKey);
    const text = await liveText(db, programmeId, hit);
    if (!source || text === null) status = 'gone';
    else {
      if (textDigest(hit.id, text) !== hit.textDigest) throw conflict('errors.withdrawalHitChanged');
      const chars = Array.from(text);
      const newText = chars.slice(0, hit.start).join('') + row.code + chars.slice(hit.end).join('');
      if (source.format === 'jsonb') {
        try {
          JSON.parse(newText);
        } catch {
          throw conflict('errors.withdrawalHitChanged');
        }
      }
      const map = singleReplacement(chars.length, hit.start, hit.end, Array.from(row.code).length);
      const siblings = await fittingSiblings(db, programmeId, hit, source.table);
      await writeSourceText(db, source, hit.rowId, newText, map);
      await relocate(db, programmeId, siblings, (s) => (s.hit.sourceKey === hit.sourceKey && s.hit.start >= hit.end ? map.newLength - map.oldLength : 0));
      status = 'replaced';
    }
  }
  const reason = resolution.action === 'keep' ? resolution.reason.trim() : null;
  const [updated] = await db
    .update(withdrawalTextHits)
    .set({ status, reason, resolvedBy: actorId, resolvedAt: new Date() })
    .where(eq(withdrawalTextHits.id, hit.id))
    .returning();
  await recordAudit(db, {
    actorId, action: `privacy.withdrawal_hit.${resolution.action}`, entity: 'withdrawal_text_hit', entityId: hit.id, programmeId, requestId,
    after: { code: row.code, source: hit.sourceKey, rowId: hit.rowId, detail: hit.detail, status },
  });
  return view(db, programmeId, updated, row);
}
