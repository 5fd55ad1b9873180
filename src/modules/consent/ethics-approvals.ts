import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { ethicsApprovals, ethicsRequirements, type EthicsCollection, type EthicsStatus } from './ethics-schema.js';

export interface EthicsApprovalInput {
  committee: string;
  reference: string;
  status: EthicsStatus;
  decidedOn: string | null;
  conditions: string;
  covers: EthicsCollection[];
}

const listed = {
  id: ethicsApprovals.id, committee: ethicsApprovals.committee, reference: ethicsApprovals.reference, status: ethicsApprovals.status,
  decidedOn: ethicsApprovals.decidedOn, conditions: ethicsApprovals.conditions, covers: ethicsApprovals.covers,
  documentName: ethicsApprovals.documentName, createdAt: ethicsApprovals.createdAt,
};

/** An approved decision needs its date: a register of approvals without dates cannot be shown to anyone. */
function checkDecision(input: EthicsApprovalInput) {
  if ((input.status === 'approved' || input.status === 'rejected') && !input.decidedOn) {
    throw invalidField('decidedOn', 'ethics.errors.decidedOnRequired');
  }
}

/** The register and which data collection waits for an approval. */
export async function ethicsRegister(db: Executor, programmeId: string) {
  const approvals = await db.select(listed).from(ethicsApprovals).where(eq(ethicsApprovals.programmeId, programmeId)).orderBy(asc(ethicsApprovals.createdAt));
  const waits = await db.select({ collection: ethicsRequirements.collection }).from(ethicsRequirements).where(eq(ethicsRequirements.programmeId, programmeId));
  return { approvals, waitFor: waits.map((w) => w.collection).sort() };
}

export async function createEthicsApproval(db: Executor, actor: Actor, programmeId: string, input: EthicsApprovalInput, requestId?: string) {
  checkDecision(input);
  const [created] = await db.insert(ethicsApprovals).values({ programmeId, ...input }).returning(listed);
  await recordAudit(db, { actorId: actor.userId, action: 'ethics.approval.create', entity: 'ethics_approval', entityId: created.id, programmeId, after: { ...input }, requestId });
  return created;
}

export async function updateEthicsApproval(db: Executor, actor: Actor, programmeId: string, approvalId: string, input: EthicsApprovalInput, requestId?: string) {
  checkDecision(input);
  const [before] = await db.select(listed).from(ethicsApprovals).where(and(eq(ethicsApprovals.programmeId, programmeId), eq(ethicsApprovals.id, approvalId)));
  if (!before) throw notFound();
  const [after] = await db.update(ethicsApprovals).set(input).where(eq(ethicsApprovals.id, approvalId)).returning(listed);
  await recordAudit(db, { actorId: actor.userId, action: 'ethics.approval.update', entity: 'ethics_approval', entityId: approvalId, programmeId, before: { ...before, createdAt: undefined }, after: { ...input }, requestId });
  return after;
}

export async function attachEthicsDocument(db: Executor, actor: Actor, programmeId: string, approvalId: string, file: { name: string; bytes: Buffer }, requestId?: string) {
  const done = await db.update(ethicsApprovals).set({ document: file.bytes, documentName: file.name })
    .where(and(eq(ethicsApprovals.programmeId, programmeId), eq(ethicsApprovals.id, approvalId))).returning({ id: ethicsApprovals.id });
  if (done.length === 0) throw notFound();
  await recordAudit(db, { actorId: actor.userId, action: 'ethics.approval.attach_document', entity: 'ethics_approval', entityId: approvalId, programmeId, after: { name: file.name, bytes: file.bytes.length }, requestId });
}

export async function ethicsDocument(db: Executor, programmeId: string, approvalId: string) {
  const [row] = await db.select({ name: ethicsApprovals.documentName, bytes: ethicsApprovals.document }).from(ethicsApprovals)
    .where(and(eq(ethicsApprovals.programmeId, programmeId), eq(ethicsApprovals.id, approvalId)));
  if (!row?.bytes) throw notFound();
  return row;
}

/** Sets which kinds of data collection wait for an approval (replacing the earlier choice). */
export async function setEthicsWaits(db: Executor, actor: Actor, programmeId: string, waitFor: EthicsCollection[], requestId?: string) {
  const before = (await ethicsRegister(db, programmeId)).waitFor;
  await db.delete(ethicsRequirements).where(eq(ethicsRequirements.programmeId, programmeId));
  const unique = [...new Set(waitFor)].sort();
  if (unique.length) await db.insert(ethicsRequirements).values(unique.map((collection) => ({ programmeId, collection })));
  await recordAudit(db, { actorId: actor.userId, action: 'ethics.requirements.set', entity: 'ethics_approval', entityId: programmeId, programmeId, before: { waitFor: before }, after: { waitFor: unique }, requestId });
  return unique;
}

/**
 * The gate other modules call before collecting data of a kind: when the programme has said this kind
 * waits for an approval, it refuses (409, a message saying which) until an approved approval covers it.
 */
export async function assertEthicsCleared(db: Executor, programmeId: string, collection: EthicsCollection): Promise<void> {
  const { approvals, waitFor } = await ethicsRegister(db, programmeId);
  if (!waitFor.includes(collection)) return;
  if (approvals.some((a) => a.status === 'approved' && a.covers.includes(collection))) return;
  throw conflict(`ethics.errors.waiting.${collection}`);
}
