import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { dataProcessingAgreements } from './schema.js';

const listed = {
  id: dataProcessingAgreements.id, partner: dataProcessingAgreements.partner, signedOn: dataProcessingAgreements.signedOn,
  documentName: dataProcessingAgreements.documentName, createdAt: dataProcessingAgreements.createdAt,
};

export async function listAgreements(db: Executor, programmeId: string) {
  return db.select(listed).from(dataProcessingAgreements).where(eq(dataProcessingAgreements.programmeId, programmeId)).orderBy(desc(dataProcessingAgreements.signedOn));
}

export async function createAgreement(db: Executor, actor: Actor, programmeId: string, input: { partner: string; signedOn: string }, requestId?: string) {
  const [created] = await db.insert(dataProcessingAgreements).values({ programmeId, ...input }).returning(listed);
  await recordAudit(db, { actorId: actor.userId, action: 'agreement.create', entity: 'data_processing_agreement', entityId: created.id, programmeId, after: input, requestId });
  return created;
}

export async function attachAgreementDocument(db: Executor, actor: Actor, programmeId: string, agreementId: string, file: { name: string; bytes: Buffer }, requestId?: string) {
  const done = await db
    .update(dataProcessingAgreements)
    .set({ document: file.bytes, documentName: file.name })
    .where(and(eq(dataProcessingAgreements.programmeId, programmeId), eq(dataProcessingAgreements.id, agreementId)))
    .returning({ id: dataProcessingAgreements.id });
  if (done.length === 0) throw notFound();
  await recordAudit(db, { actorId: actor.userId, action: 'agreement.attach_document', entity: 'data_processing_agreement', entityId: agreementId, programmeId, after: { name: file.name, bytes: file.bytes.length }, requestId });
}

export async function agreementDocument(db: Executor, programmeId: string, agreementId: string) {
  const [row] = await db
    .select({ name: dataProcessingAgreements.documentName, bytes: dataProcessingAgreements.document })
    .from(dataProcessingAgreements)
    .where(and(eq(dataProcessingAgreements.programmeId, programmeId), eq(dataProcessingAgreements.id, agreementId)));
  if (!row?.bytes) throw notFound();
  return row;
}
