import type { Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { listUsersByIds } from '../auth/users.js';
import { participantsByIds } from '../people/participants.js';
import { listVersions, type AuthoredDocument } from './documents.js';
import type { AuthoredDocumentDto, DocumentSummarySchema } from './dto.js';
import { lockState } from './lock.js';
import { authorizeDocuments } from './policy.js';
import { reviewOf } from './review.js';
import type { z } from '@hono/zod-openapi';

const may = (actor: Actor, doc: AuthoredDocument, action: 'document.write' | 'document.decide' | 'document.takeover') => {
  try {
    authorizeDocuments(actor, action, { programmeId: doc.programmeId, createdBy: doc.createdBy });
    return true;
  } catch {
    return false;
  }
};

/** Everything the editor shows: versions (newest first), lock, comments, suggestions and the status history. Staff are named; participants by code. */
export async function documentDetail(db: Executor, actor: Actor, doc: AuthoredDocument): Promise<AuthoredDocumentDto> {
  const [versions, review, lock] = await Promise.all([listVersions(db, doc.id), reviewOf(db, doc.id), lockState(db, doc, actor)]);
  const userIds = [...versions.map((v) => v.authorId), ...review.comments.map((c) => c.authorId), ...review.suggestions.flatMap((s) => [s.authorId, s.decidedBy]), ...review.history.map((h) => h.actorId)].filter((x): x is string => !!x);
  const names = new Map((await listUsersByIds(db, [...new Set(userIds)])).map((u) => [u.id, u.name]));
  const participantIds = [...review.comments.map((c) => c.participantId), ...review.suggestions.map((s) => s.participantId)].filter((x): x is string => !!x);
  const codes = new Map((participantIds.length ? await participantsByIds(db, doc.programmeId, [...new Set(participantIds)]) : []).map((p) => [p.id, p.code]));
  const name = (id: string | null) => (id ? names.get(id) ?? '' : '');
  return {
    id: doc.id, programmeId: doc.programmeId, ownerKind: doc.ownerKind, ownerId: doc.ownerId, title: doc.title, form: doc.form, status: doc.status, createdBy: doc.createdBy, lock,
    may: { write: may(actor, doc, 'document.write'), decide: may(actor, doc, 'document.decide'), takeOver: may(actor, doc, 'document.takeover') },
    versions: versions.map((v) => ({ id: v.id, number: v.number, label: v.label, note: v.note, body: v.body, fileName: v.fileName, fileType: v.fileType, author: name(v.authorId), createdAt: v.createdAt.toISOString() })),
    comments: review.comments.map((c) => ({ id: c.id, versionId: c.versionId, passage: c.passage, body: c.body, author: name(c.authorId), participantCode: c.participantId ? codes.get(c.participantId) ?? null : null, resolved: !!c.resolvedAt, createdAt: c.createdAt.toISOString() })),
    suggestions: review.suggestions.map((s) => ({
      id: s.id, versionId: s.versionId, kind: s.kind, passage: s.passage, text: s.text, author: name(s.authorId), participantCode: s.participantId ? codes.get(s.participantId) ?? null : null,
      state: s.state, decidedBy: s.decidedBy ? name(s.decidedBy) : null, createdAt: s.createdAt.toISOString(),
    })),
    history: review.history.map((h) => ({ from: h.fromStatus, to: h.toStatus, versionNumber: h.versionNumber, by: name(h.actorId), note: h.note, at: h.createdAt.toISOString() })),
  };
}

export function documentSummary(doc: AuthoredDocument, versions: number): z.infer<typeof DocumentSummarySchema> {
  return { id: doc.id, title: doc.title, form: doc.form, status: doc.status, versions, updatedAt: doc.updatedAt.toISOString() };
}
