/**
 * The dissemination plan (seed 000 §2.2.1): conferences, press, social media, articles and a report
 * published online, made with the participants. Each line has a channel, audience, date, owner (a staff
 * user or a role in words), status and the products it spreads (links, or the programme's own report).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { reportsDisseminationItems, type DisseminationProduct } from './schema.js';
import type { DisseminationChannel, DisseminationStatus } from './vocabulary.js';

export type DisseminationItem = typeof reportsDisseminationItems.$inferSelect;

export interface DisseminationInput {
  channel: DisseminationChannel;
  title: string;
  audience?: string;
  plannedOn?: string | null;
  ownerUserId?: string | null;
  ownerRole?: string;
  status?: DisseminationStatus;
  withParticipants?: boolean;
  products?: DisseminationProduct[];
  notes?: string;
}

export async function listDissemination(db: Executor, programmeId: string): Promise<DisseminationItem[]> {
  const d = reportsDisseminationItems;
  return db.select().from(d).where(eq(d.programmeId, programmeId)).orderBy(sql`${d.plannedOn} asc nulls last`, asc(d.createdAt));
}

export async function getDisseminationItem(db: Executor, programmeId: string, itemId: string): Promise<DisseminationItem> {
  const [row] = await db.select().from(reportsDisseminationItems).where(and(eq(reportsDisseminationItems.programmeId, programmeId), eq(reportsDisseminationItems.id, itemId)));
  if (!row) throw notFound();
  return row;
}

/** A link product needs an http(s) address; the report product points at the programme's own report. */
function normaliseProducts(products: DisseminationProduct[] | undefined): DisseminationProduct[] | undefined {
  return products?.map((p, i) => {
    if (p.kind === 'report') return { kind: 'report', label: p.label.trim(), url: null };
    if (!p.url || !/^https?:\/\/\S+$/i.test(p.url.trim())) throw invalidField(`products.${i}.url`, 'reports.errors.productUrl');
    return { kind: 'link', label: p.label.trim(), url: p.url.trim() };
  });
}

/** The owner must be a staff user of this programme (checked by the caller against the roles list). */
export async function createDisseminationItem(db: Executor, actor: Actor, programmeId: string, input: DisseminationInput, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const [row] = await db
    .insert(reportsDisseminationItems)
    .values({
      programmeId, channel: input.channel, title: input.title.trim(), audience: input.audience?.trim() ?? '', plannedOn: input.plannedOn ?? null,
      ownerUserId: input.ownerUserId ?? null, ownerRole: input.ownerRole?.trim() ?? '', status: input.status ?? 'planned',
      withParticipants: input.withParticipants ?? false, products: normaliseProducts(input.products) ?? [], notes: input.notes ?? '',
    })
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'reports.dissemination.create', entity: 'reports_dissemination_item', entityId: row.id, programmeId, after: { channel: row.channel, status: row.status, products: row.products.length }, requestId });
  return row;
}

export async function updateDisseminationItem(db: Executor, actor: Actor, item: DisseminationItem, patch: Partial<DisseminationInput>, requestId?: string) {
  assertWritable(await getProgramme(db, item.programmeId));
  const products = normaliseProducts(patch.products);
  const [after] = await db
    .update(reportsDisseminationItems)
    .set({ ...patch, ...(products ? { products } : {}), ...(patch.title !== undefined ? { title: patch.title.trim() } : {}), updatedAt: new Date() })
    .where(eq(reportsDisseminationItems.id, item.id))
    .returning();
  await recordAudit(db, {
    actorId: actor.userId, action: 'reports.dissemination.update', entity: 'reports_dissemination_item', entityId: item.id, programmeId: item.programmeId, requestId,
    before: { channel: item.channel, status: item.status }, after: { channel: after.channel, status: after.status, fields: Object.keys(patch) },
  });
  return after;
}

export async function deleteDisseminationItem(db: Executor, actor: Actor, item: DisseminationItem, requestId?: string) {
  assertWritable(await getProgramme(db, item.programmeId));
  await db.delete(reportsDisseminationItems).where(eq(reportsDisseminationItems.id, item.id));
  await recordAudit(db, { actorId: actor.userId, action: 'reports.dissemination.delete', entity: 'reports_dissemination_item', entityId: item.id, programmeId: item.programmeId, before: { channel: item.channel, status: item.status }, requestId });
}
