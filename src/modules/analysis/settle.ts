/**
 * Settling a disagreement between two coders (issue 7 §6: "a side-by-side view of disagreements
 * to discuss and settle"). A disagreement is a range `[start, end)` of one document where exactly
 * one of two coders applied a code (see `disagreementsOf`). After discussing it, the coders either
 *  - keep it: the coder who lacked the coding gets one over the same range (coderId = that coder), or
 *  - remove it: the holder's codings of that code lose the range — a coding inside it is deleted,
 *    one that reaches beyond it is shrunk (or split in two) so only the disagreement part goes.
 * Either way the two coders then agree on every character of the range, so agreement for the code
 * rises. Everything happens in one transaction and is recorded as 'analysis.disagreement.settle'.
 *
 * Settling the same range twice is harmless: when both coders already agree on the whole range
 * (both coded it, or neither did) nothing changes (`settled: false`). A range where the two only
 * partly overlap is not one disagreement (the view was stale) and is refused with 409.
 */
import { z } from '@hono/zod-openapi';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { DomainError, conflict, forbidden, invalidField } from '../../lib/errors.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { uuidLike } from '../../http/openapi.js';
import { recordAudit } from '../audit/record.js';
import { users } from '../auth/schema.js';
import { getProgramme } from '../programmes/programmes.js';
import { mergeRanges } from './agreement.js';
import { segmentSnapshot } from './codings.js';
import { findDocument } from './document-store.js';
import { codes, codings, documents, memos } from './schema.js';
import { checkRange, type TextRange } from './text-positions.js';

const id = z.string().regex(uuidLike, { message: 'errors.invalidId' });

export const settleDecisions = ['keep', 'remove'] as const;
export type SettleDecision = (typeof settleDecisions)[number];

export const SettleInputSchema = z
  .object({
    documentId: id,
    codeId: id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    coderA: id,
    coderB: id,
    decision: z.enum(settleDecisions),
  })
  .strict()
  .openapi('AnalysisSettleInput');
export type SettleInput = z.infer<typeof SettleInputSchema>;

export const SettleResultSchema = z
  .object({
    settled: z.boolean().openapi({ description: 'false when the two coders already agreed on the whole range (nothing changed)' }),
    decision: z.enum(settleDecisions),
    holderId: z.string().nullable().openapi({ description: 'The coder who had applied the code in the range' }),
    createdCodingIds: z.array(z.string()),
    changedCodingIds: z.array(z.string()),
    removedCodingIds: z.array(z.string()),
  })
  .openapi('AnalysisSettleResult');
export type SettleResult = z.infer<typeof SettleResultSchema>;

/**
 * On top of `analysis.write`: while blind coding is on, only a coordinator (or an administrator)
 * may settle — the coders themselves are not shown each other's codings then.
 */
export function authorizeSettle(actor: Actor, scope: ProgrammeScope, blindCoding: boolean): void {
  if (blindCoding && !actor.isAdmin && !scope.roles.has('coordinator')) throw forbidden();
}

/** Characters of `range` covered by the merged, sorted `ranges`. */
function coveredWithin(ranges: TextRange[], range: TextRange): number {
  return ranges.reduce((n, r) => n + Math.max(0, Math.min(r.end, range.end) - Math.max(r.start, range.start)), 0);
}

export async function settleDisagreement(db: Executor, actor: Actor, programmeId: string, input: SettleInput, requestId?: string): Promise<SettleResult> {
  if (input.coderA === input.coderB) throw invalidField('coderB', 'errors.settleSameCoder');
  await getProgramme(db, programmeId);
  const doc = await findDocument(db, programmeId, input.documentId).catch(() => {
    throw invalidField('documentId', 'errors.notFound');
  });
  const [{ length }] = await db.select({ length: sql<number>`char_length(${documents.text})`.mapWith(Number) }).from(documents).where(eq(documents.id, doc.id));
  const range = { start: input.start, end: input.end };
  const check = checkRange(length, range);
  if (!check.ok) throw new DomainError(400, 'errors.validation', {}, [{ path: 'start', key: check.key, vars: check.vars }]);
  const [code] = await db.select({ id: codes.id }).from(codes).where(and(eq(codes.programmeId, programmeId), eq(codes.id, input.codeId)));
  if (!code) throw invalidField('codeId', 'errors.notFound');
  const known = new Set((await db.select({ id: users.id }).from(users).where(inArray(users.id, [input.coderA, input.coderB]))).map((u) => u.id));
  for (const path of ['coderA', 'coderB'] as const) if (!known.has(input[path])) throw invalidField(path, 'errors.notFound');

  return db.transaction(async (tx) => {
    // Lock the two coders' codings of this code in the document, so two people settling at once cannot both act.
    const rows = await tx
      .select()
      .from(codings)
      .where(and(eq(codings.documentId, doc.id), eq(codings.codeId, code.id), inArray(codings.coderId, [input.coderA, input.coderB])))
      .for('update');
    const coverage = (coder: string) => coveredWithin(mergeRanges(rows.filter((r) => r.coderId === coder)), range);
    const size = range.end - range.start;
    const [a, b] = [coverage(input.coderA), coverage(input.coderB)];
    const result: SettleResult = { settled: false, decision: input.decision, holderId: null, createdCodingIds: [], changedCodingIds: [], removedCodingIds: [] };
    if ((a === 0 && b === 0) || (a === size && b === size)) return result; // already agreed: nothing to settle
    if (!((a === size && b === 0) || (a === 0 && b === size))) throw conflict('errors.settleNotDisagreement');
    const holder = a === size ? input.coderA : input.coderB;
    const lacking = holder === input.coderA ? input.coderB : input.coderA;
    result.settled = true;
    result.holderId = holder;

    if (input.decision === 'keep') {
      const [row] = await tx
        .insert(codings)
        .values({ documentId: doc.id, codeId: code.id, coderId: lacking, start: range.start, end: range.end, text: segmentSnapshot(doc.id, range.start, range.end) })
        .returning({ id: codings.id });
      result.createdCodingIds.push(row.id);
    } else {
      const overlapping = rows.filter((r) => r.coderId === holder && r.start < range.end && r.end > range.start);
      for (const r of overlapping) {
        const pieces: TextRange[] = [];
        if (r.start < range.start) pieces.push({ start: r.start, end: range.start });
        if (r.end > range.end) pieces.push({ start: range.end, end: r.end });
        if (pieces.length === 0) {
          await tx.delete(memos).where(and(eq(memos.targetKind, 'coding'), eq(memos.targetId, r.id)));
          await tx.delete(codings).where(eq(codings.id, r.id));
          result.removedCodingIds.push(r.id);
          continue;
        }
        // The first piece keeps the coding (and its memos); a second piece is a new coding by the same coder.
        const [first, second] = pieces;
        await tx.update(codings).set({ start: first.start, end: first.end, text: segmentSnapshot(doc.id, first.start, first.end) }).where(eq(codings.id, r.id));
        result.changedCodingIds.push(r.id);
        if (second) {
          const [row] = await tx
            .insert(codings)
            .values({ documentId: doc.id, codeId: code.id, coderId: holder, start: second.start, end: second.end, text: segmentSnapshot(doc.id, second.start, second.end), createdAt: r.createdAt })
            .returning({ id: codings.id });
          result.createdCodingIds.push(row.id);
        }
      }
    }
    await recordAudit(tx, {
      actorId: actor.userId, action: 'analysis.disagreement.settle', entity: 'coding', entityId: result.createdCodingIds[0] ?? result.changedCodingIds[0] ?? result.removedCodingIds[0],
      programmeId, requestId,
      after: { documentId: doc.id, codeId: code.id, start: range.start, end: range.end, decision: input.decision, coderA: input.coderA, coderB: input.coderB, holderId: holder, lackingId: lacking,
        createdCodingIds: result.createdCodingIds, changedCodingIds: result.changedCodingIds, removedCodingIds: result.removedCodingIds },
    });
    return result;
  });
}
