import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { translate, isLanguage } from '../../i18n/index.js';
import { listProgrammeRoles } from '../access/roles.js';
import { recordAudit } from '../audit/record.js';
import type { Mailer } from '../auth/mailer.js';
import { listUsersByIds } from '../auth/users.js';
import { getProgramme } from '../programmes/programmes.js';
import { retentionHandler, type RetentionAction } from './retention-kinds.js';
import { retentionRules } from './schema.js';

export interface RetentionDeps {
  db: Database;
  mailer: Mailer;
  /** The clock; tests set it past a deletion date. */
  now: () => Date;
}

export const warnDaysBefore = 30;

/** The calendar date in Norway (deletion dates are dates, not instants). */
export function osloDate(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The daily job: carries out every rule whose date has come (each in its own transaction, with an
 * audit row 'retention.execute' holding what was done), and warns the programme's coordinators by
 * e-mail 30 days before ('retention.warn'). Running it twice does nothing twice.
 */
export async function runRetention(deps: RetentionDeps): Promise<{ executed: number; warned: number }> {
  const now = deps.now();
  const today = osloDate(now);
  let executed = 0;
  let warned = 0;
  const due = await deps.db.select().from(retentionRules).where(and(isNull(retentionRules.executedAt), lte(retentionRules.deleteBy, today)));
  for (const rule of due) {
    const handler = retentionHandler(rule.dataKind);
    if (!handler) continue;
    await deps.db.transaction(async (tx) => {
      const outcome = await handler(tx, rule.programmeId, rule.action as RetentionAction);
      await tx.update(retentionRules).set({ executedAt: now, outcome }).where(eq(retentionRules.id, rule.id));
      await recordAudit(tx, { actorId: null, action: 'retention.execute', entity: 'retention_rule', entityId: rule.id, programmeId: rule.programmeId, after: { dataKind: rule.dataKind, action: rule.action, deleteBy: rule.deleteBy, outcome } });
    });
    executed++;
  }
  const soon = await deps.db
    .select()
    .from(retentionRules)
    .where(and(isNull(retentionRules.executedAt), isNull(retentionRules.warnedAt), gt(retentionRules.deleteBy, today), lte(retentionRules.deleteBy, addDays(today, warnDaysBefore))));
  for (const rule of soon) {
    const programme = await getProgramme(deps.db, rule.programmeId);
    const coordinators = (await listProgrammeRoles(deps.db, rule.programmeId)).filter((r) => r.role === 'coordinator');
    const people = await listUsersByIds(deps.db, [...new Set(coordinators.map((r) => r.userId))]);
    for (const user of people) {
      const lang = isLanguage(user.language) ? user.language : 'nb';
      const vars = { programme: programme.name, name: user.name, date: rule.deleteBy, kind: translate(lang, `privacy.kinds.${rule.dataKind}`) };
      await deps.mailer.send({ to: user.email, subject: translate(lang, 'privacy.warnSubject', vars), text: translate(lang, 'privacy.warnBody', vars) });
    }
    await deps.db.transaction(async (tx) => {
      await tx.update(retentionRules).set({ warnedAt: now }).where(eq(retentionRules.id, rule.id));
      await recordAudit(tx, { actorId: null, action: 'retention.warn', entity: 'retention_rule', entityId: rule.id, programmeId: rule.programmeId, after: { dataKind: rule.dataKind, deleteBy: rule.deleteBy, coordinators: people.length } });
    });
    warned++;
  }
  return { executed, warned };
}
