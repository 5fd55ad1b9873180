import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { retentionKinds, type RetentionAction } from './retention-kinds.js';
import { retentionRules } from './schema.js';

export type RetentionRule = typeof retentionRules.$inferSelect;
export interface RuleInput { dataKind: string; action: RetentionAction; deleteBy: string }

export async function listRules(db: Executor, programmeId: string): Promise<RetentionRule[]> {
  return db.select().from(retentionRules).where(eq(retentionRules.programmeId, programmeId)).orderBy(retentionRules.deleteBy);
}

async function getRule(db: Executor, programmeId: string, ruleId: string): Promise<RetentionRule> {
  const [row] = await db.select().from(retentionRules).where(and(eq(retentionRules.programmeId, programmeId), eq(retentionRules.id, ruleId)));
  if (!row) throw notFound();
  return row;
}

function assertKind(kind: string) {
  if (!retentionKinds().includes(kind)) throw invalidField('dataKind', 'errors.invalidOption');
}

export async function createRule(db: Executor, actor: Actor, programmeId: string, input: RuleInput, requestId?: string) {
  assertKind(input.dataKind);
  const [created] = await db.insert(retentionRules).values({ programmeId, ...input }).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'retention.create', entity: 'retention_rule', entityId: created.id, programmeId, after: input, requestId });
  return created;
}

/** A rule already carried out is history and stays as it is. A new date means a new warning. */
export async function updateRule(db: Executor, actor: Actor, programmeId: string, ruleId: string, patch: Partial<RuleInput>, requestId?: string) {
  const before = await getRule(db, programmeId, ruleId);
  if (before.executedAt) throw conflict('errors.ruleExecuted');
  if (patch.dataKind) assertKind(patch.dataKind);
  const [updated] = await db
    .update(retentionRules)
    .set({ ...patch, ...(patch.deleteBy && patch.deleteBy !== before.deleteBy ? { warnedAt: null } : {}) })
    .where(eq(retentionRules.id, ruleId))
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'retention.update', entity: 'retention_rule', entityId: ruleId, programmeId, before: { dataKind: before.dataKind, action: before.action, deleteBy: before.deleteBy }, after: patch, requestId });
  return updated;
}

export async function deleteRule(db: Executor, actor: Actor, programmeId: string, ruleId: string, requestId?: string) {
  const before = await getRule(db, programmeId, ruleId);
  await db.delete(retentionRules).where(eq(retentionRules.id, ruleId));
  await recordAudit(db, { actorId: actor.userId, action: 'retention.delete', entity: 'retention_rule', entityId: ruleId, programmeId, before: { dataKind: before.dataKind, action: before.action, deleteBy: before.deleteBy }, requestId });
}
