/**
 * A measure's evidence (issue 13 §3): analysis documents — the team's user interviews, café and group-work
 * harvests, minutes — linked to the measure. The documents stay the analysis module's; this module only
 * reads their title and kind through `documentSummaries`, and never their text.
 *
 * Who sees a linked document's title follows the analysis policy: whoever may read analysis (coordinator,
 * researcher, facilitator) sees every title and may open the document. Everyone else (a municipal contact,
 * an observer) sees only titles of documents the improvement work filed itself — the harvests, whose text
 * every member already reads in the team workspace — and for the rest only that a document of a kind is
 * linked. The same line decides what an editor may link: a contact links harvests, a coordinator anything.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { DomainError, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { documentSummaries } from '../analysis/documents.js';
import { authorizeAnalysis } from '../analysis/policy.js';
import { recordAudit } from '../audit/record.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import type { Measure } from './measures.js';
import { improvementHarvests, improvementMeasureDocuments } from './schema.js';

/** Whether the analysis module would let this viewer read the programme's documents. */
function readsAnalysis(actor: Actor, programmeId: string): boolean {
  try {
    authorizeAnalysis(actor, 'analysis.read', { programmeId });
    return true;
  } catch {
    return false;
  }
}

/** The documents the improvement work filed itself (harvests and user interviews recorded in a team workspace). */
async function harvestDocumentIds(db: Executor, programmeId: string): Promise<Set<string>> {
  const rows = await db.select({ documentId: improvementHarvests.documentId }).from(improvementHarvests).where(eq(improvementHarvests.programmeId, programmeId));
  return new Set(rows.flatMap((r) => (r.documentId ? [r.documentId] : [])));
}

export interface EvidenceItem {
  documentId: string;
  kind: string;
  /** Null when the viewer may not see the document (see the module comment). */
  title: string | null;
  municipalityId: string | null;
  /** Whether the viewer may open the document on the analysis pages. */
  canOpen: boolean;
  addedAt: string;
}

export async function listEvidence(db: Executor, actor: Actor, measure: Measure): Promise<EvidenceItem[]> {
  const links = await db.select().from(improvementMeasureDocuments).where(eq(improvementMeasureDocuments.measureId, measure.id)).orderBy(asc(improvementMeasureDocuments.addedAt));
  if (links.length === 0) return [];
  const docs = new Map((await documentSummaries(db, measure.programmeId, { ids: links.map((l) => l.documentId) })).map((d) => [d.id, d]));
  const all = readsAnalysis(actor, measure.programmeId);
  const harvests = all ? new Set<string>() : await harvestDocumentIds(db, measure.programmeId);
  return links.flatMap((l) => {
    const doc = docs.get(l.documentId);
    if (!doc) return [];
    const visible = all || harvests.has(doc.id);
    return [{ documentId: doc.id, kind: doc.kind, title: visible ? doc.title : null, municipalityId: doc.municipalityId, canOpen: all, addedAt: l.addedAt.toISOString() }];
  });
}

/** Documents the editor may link to the measure, matching a title search; those already linked are left out. */
export async function evidenceCandidates(db: Executor, actor: Actor, measure: Measure, query: string) {
  const linked = new Set((await db.select({ id: improvementMeasureDocuments.documentId }).from(improvementMeasureDocuments).where(eq(improvementMeasureDocuments.measureId, measure.id))).map((r) => r.id));
  const ids = readsAnalysis(actor, measure.programmeId) ? undefined : [...(await harvestDocumentIds(db, measure.programmeId))];
  const docs = await documentSummaries(db, measure.programmeId, { ids, titleContains: query, limit: 50 + linked.size });
  return docs.filter((d) => !linked.has(d.id)).slice(0, 50).map((d) => ({ id: d.id, title: d.title, kind: d.kind, municipalityId: d.municipalityId }));
}

/** Links a document of the same programme the editor may see; linking it again changes nothing. */
export async function linkEvidence(db: Executor, actor: Actor, measure: Measure, documentId: string, requestId?: string): Promise<void> {
  assertWritable(await getProgramme(db, measure.programmeId));
  const [doc] = await documentSummaries(db, measure.programmeId, { ids: [documentId] });
  // Another programme's document, one that does not exist and one this editor may not see get the same answer.
  const mayLink = doc && (readsAnalysis(actor, measure.programmeId) || (await harvestDocumentIds(db, measure.programmeId)).has(doc.id));
  // A 404 like any unknown id in a path, with the field saying which: the document, not the measure.
  if (!mayLink) throw new DomainError(404, 'errors.notFound', {}, [{ path: 'linkedDocumentId', key: 'improvement.errors.documentNotLinkable' }]);
  const inserted = await db.insert(improvementMeasureDocuments).values({ measureId: measure.id, documentId, addedBy: actor.userId }).onConflictDoNothing().returning();
  if (inserted.length === 0) return;
  await recordAudit(db, {
    actorId: actor.userId, action: 'improvement.evidence.link', entity: 'improvement_measure', entityId: measure.id, programmeId: measure.programmeId, requestId,
    after: { documentId, kind: doc.kind },
  });
}

export async function unlinkEvidence(db: Executor, actor: Actor, measure: Measure, documentId: string, requestId?: string): Promise<void> {
  assertWritable(await getProgramme(db, measure.programmeId));
  const removed = await db.delete(improvementMeasureDocuments).where(and(eq(improvementMeasureDocuments.measureId, measure.id), eq(improvementMeasureDocuments.documentId, documentId))).returning();
  if (removed.length === 0) throw notFound();
  await recordAudit(db, { actorId: actor.userId, action: 'improvement.evidence.unlink', entity: 'improvement_measure', entityId: measure.id, programmeId: measure.programmeId, requestId, before: { documentId } });
}
