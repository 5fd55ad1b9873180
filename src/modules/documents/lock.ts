import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { DomainError } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getUserById } from '../auth/users.js';
import type { AuthoredDocument } from './documents.js';
import { authoredDocuments } from './schema.js';

/** One editor at a time. A lock lasts this long after the last save or renewal, so a closed tab frees it. */
export const lockMinutes = 15;

export interface LockState {
  heldBy: { userId: string; name: string } | null;
  since: string | null;
  expiresAt: string | null;
  mine: boolean;
}

const live = (doc: AuthoredDocument, now: Date) => !!doc.lockedBy && !!doc.lockExpiresAt && doc.lockExpiresAt > now;

export async function lockState(db: Executor, doc: AuthoredDocument, actor: Actor, now = new Date()): Promise<LockState> {
  if (!live(doc, now)) return { heldBy: null, since: null, expiresAt: null, mine: false };
  const user = await getUserById(db, doc.lockedBy!);
  return { heldBy: { userId: doc.lockedBy!, name: user?.name ?? '' }, since: doc.lockedAt!.toISOString(), expiresAt: doc.lockExpiresAt!.toISOString(), mine: doc.lockedBy === actor.userId };
}

async function lockedError(db: Executor, doc: AuthoredDocument) {
  const user = await getUserById(db, doc.lockedBy!);
  return new DomainError(409, 'documents.errors.locked', { name: user?.name ?? '?', since: doc.lockedAt!.toISOString().slice(11, 16) });
}

/** Takes the lock (or renews one's own). Refused while someone else's lock is live. */
export async function acquireLock(db: Executor, actor: Actor, doc: AuthoredDocument, requestId?: string, now = new Date()) {
  if (live(doc, now) && doc.lockedBy !== actor.userId) throw await lockedError(db, doc);
  const renewing = live(doc, now) && doc.lockedBy === actor.userId;
  const expires = new Date(now.getTime() + lockMinutes * 60_000);
  const [row] = await db.update(authoredDocuments).set({ lockedBy: actor.userId, lockedAt: renewing ? doc.lockedAt : now, lockExpiresAt: expires }).where(eq(authoredDocuments.id, doc.id)).returning();
  if (!renewing) await recordAudit(db, { actorId: actor.userId, action: 'document.lock', entity: 'authored_document', entityId: doc.id, programmeId: doc.programmeId, requestId });
  return row;
}

/** The holder lets go; releasing a lock one does not hold changes nothing. */
export async function releaseLock(db: Executor, actor: Actor, doc: AuthoredDocument, requestId?: string) {
  if (doc.lockedBy !== actor.userId) return;
  await db.update(authoredDocuments).set({ lockedBy: null, lockedAt: null, lockExpiresAt: null }).where(eq(authoredDocuments.id, doc.id));
  await recordAudit(db, { actorId: actor.userId, action: 'document.unlock', entity: 'authored_document', entityId: doc.id, programmeId: doc.programmeId, requestId });
}

/** A coordinator takes the lock from someone who left it (their unsaved text is theirs to keep; the versions are safe). */
export async function takeOverLock(db: Executor, actor: Actor, doc: AuthoredDocument, requestId?: string, now = new Date()) {
  const previous = live(doc, now) ? doc.lockedBy : null;
  const [row] = await db
    .update(authoredDocuments)
    .set({ lockedBy: actor.userId, lockedAt: now, lockExpiresAt: new Date(now.getTime() + lockMinutes * 60_000) })
    .where(eq(authoredDocuments.id, doc.id))
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'document.lock_take_over', entity: 'authored_document', entityId: doc.id, programmeId: doc.programmeId, before: { lockedBy: previous }, requestId });
  return row;
}

/**
 * Writing needs the lock: refused while someone else's is live; a writer who does not hold it takes it
 * (as "Start editing" would), so a script's save is as safe as the editor's.
 */
export async function assertHoldsLock(db: Executor, actor: Actor, doc: AuthoredDocument, now = new Date()) {
  if (live(doc, now) && doc.lockedBy !== actor.userId) throw await lockedError(db, doc);
  if (!live(doc, now) || doc.lockedBy !== actor.userId) await acquireLock(db, actor, doc, undefined, now);
}
