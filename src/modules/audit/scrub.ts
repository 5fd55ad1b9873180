import { eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditLog } from './schema.js';

export interface ScrubTarget {
  /** The id the audit rows carry (entity_id, or anywhere inside before/after). */
  id: string;
  /** What replaces the id: the pseudonymous code. */
  code: string;
  /** Values that identify the person (name, e-mail, phone); rows holding them are cleaned too. */
  identifying: string[];
}

/** Fields of before/after that hold personal data; they are dropped wherever they appear. */
const personalFields = new Set(['name', 'email', 'phone', 'subRole', 'sub_role', 'scanFileName', 'scan_file_name']);

/**
 * Rewrites the audit rows about one person after a withdrawal so nothing in them identifies the
 * person: the id becomes the code, personal fields are removed. The log is append-only; this is the
 * one sanctioned change, made inside the caller's transaction with `varde.audit_maintenance` on.
 */
export async function scrubAuditFor(tx: Executor, target: ScrubTarget): Promise<number> {
  const needles = [target.id, ...target.identifying.filter((v) => v && v.length >= 3)];
  const mentions = needles.map((n) => {
    const like = `%${n.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    return or(sql`${auditLog.entityId} ilike ${like}`, sql`${auditLog.before}::text ilike ${like}`, sql`${auditLog.after}::text ilike ${like}`);
  });
  const rows = await tx.select().from(auditLog).where(or(...mentions));
  if (rows.length === 0) return 0;
  await tx.execute(sql`select set_config('varde.audit_maintenance', 'on', true)`);
  for (const row of rows) {
    await tx
      .update(auditLog)
      .set({
        entityId: row.entityId === null ? null : clean(row.entityId, target),
        before: cleanJson(row.before, target),
        after: cleanJson(row.after, target),
      })
      .where(eq(auditLog.id, row.id));
  }
  await tx.execute(sql`select set_config('varde.audit_maintenance', 'off', true)`);
  return rows.length;
}

function clean(text: string, target: ScrubTarget): string {
  let out = text.split(target.id).join(target.code);
  for (const value of target.identifying) if (value && value.length >= 3) out = out.replace(new RegExp(escapeRegExp(value), 'gi'), target.code);
  return out;
}

function cleanJson(value: unknown, target: ScrubTarget): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return clean(value, target);
  if (Array.isArray(value)) return value.map((v) => cleanJson(v, target));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) if (!personalFields.has(key)) out[key] = cleanJson(v, target);
    return out;
  }
  return value;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
