import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentProgramme } from '../../../test/support/consent-fixture.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { documents } from '../analysis/schema.js';
import { auditLog } from '../audit/schema.js';
import { groups } from '../groups/schema.js';
import { withdrawalTextHits } from './schema.js';
import { listTextHits, listWithdrawalRecords, resolveTextHit } from './text-hits.js';
import { withdrawParticipant } from './withdraw.js';

let d: TestDatabase;
let world: Awaited<ReturnType<typeof consentProgramme>>;
beforeAll(async () => {
  d = await createTestDatabase();
  world = await consentProgramme(d.db);
});
afterAll(() => d.drop());

describe('the withdrawal to-do list', () => {
  it('anonymise searches too; a text edited since is never rewritten blindly; jsonb stays valid JSON; a hit is resolved once', async () => {
    const db = d.db;
    const programmeId = world.programme.id;
    const p = await world.person({ name: 'Tor Vikhagen', email: 'tor.vikhagen@varde.example', phone: '22 33 44 55' });
    const [group] = await db.insert(groups).values({ programmeId, kind: 'expert_group', name: 'Ekspertgruppe', mandate: 'Tor Vikhagen (tlf. 22334455) kaller inn.' }).returning();
    const [doc] = await db.insert(documents).values({ programmeId, kind: 'other', title: 'Notat', text: 'Ingen navn her.', sourceFormat: 'txt', attributes: { kontakt: 'Tor Vikhagen', rolle: 'leder' } }).returning();
    const [elsewhere] = await consentProgramme(db).then(async (w2) => db.insert(groups).values({ programmeId: w2.programme.id, kind: 'expert_group', name: 'Tor Vikhagen i et annet prosjekt' }).returning());

    const done = await db.transaction((tx) => withdrawParticipant(tx, { programmeId, participantId: p.id, choice: 'anonymise', via: 'coordinator', actorId: world.actor.userId }));
    expect(done.textHits).toBe(3);
    const hits = await listTextHits(db, programmeId);
    expect(hits.map((h) => [h.sourceKey, h.detail, h.snippet?.match])).toEqual([
      ['analysis.documents.attributes', 'name', 'Tor Vikhagen'],
      ['groups.groups.mandate', 'name', 'Tor Vikhagen'],
      ['groups.groups.mandate', 'phone', '22334455'],
    ]);
    // Nothing of the words is stored in the hit rows; another programme's text is not searched.
    const stored = JSON.stringify(await db.select().from(withdrawalTextHits));
    for (const needle of ['Tor', 'Vikhagen', '22334455', 'tor.vikhagen']) expect(stored).not.toContain(needle);
    expect((await db.select().from(withdrawalTextHits)).map((h) => h.rowId)).not.toContain(elsewhere.id);

    // jsonb: replaced inside the JSON value, which stays an object.
    const [attrHit, nameHit, phoneHit] = hits;
    await resolveTextHit(db, world.actor.userId, programmeId, attrHit.id, { action: 'replace' });
    expect((await db.select().from(documents).where(eq(documents.id, doc.id)))[0].attributes).toEqual({ kontakt: p.code, rolle: 'leder' });

    // Someone edits the mandate meanwhile: the name hit no longer fits and is refused, then marked edited.
    await db.update(groups).set({ mandate: 'Tor V. (tlf. 22334455) kaller inn.' }).where(eq(groups.id, group.id));
    const stale = (await listTextHits(db, programmeId)).find((h) => h.id === nameHit.id)!;
    expect(stale).toMatchObject({ changed: true, snippet: null });
    await expect(resolveTextHit(db, world.actor.userId, programmeId, nameHit.id, { action: 'replace' })).rejects.toMatchObject({ status: 409, key: 'errors.withdrawalHitChanged' });
    await resolveTextHit(db, world.actor.userId, programmeId, nameHit.id, { action: 'edited' });
    await resolveTextHit(db, world.actor.userId, programmeId, phoneHit.id, { action: 'keep', reason: 'Sentralbordet, ikke personens nummer.' });
    await expect(resolveTextHit(db, world.actor.userId, programmeId, phoneHit.id, { action: 'edited' })).rejects.toMatchObject({ status: 409, key: 'errors.withdrawalHitResolved' });
    await expect(resolveTextHit(db, world.actor.userId, programmeId, '6f1c2a4e-7c1b-4d1e-9a59-2b1f4f1d2c3a', { action: 'edited' })).rejects.toMatchObject({ status: 404 });

    const [record] = (await listWithdrawalRecords(db, programmeId)).filter((r) => r.code === p.code);
    expect(record).toMatchObject({ choice: 'anonymise', hits: { open: 0, replaced: 1, kept: 1, edited: 1, gone: 0 } });
    expect(record.kept.map((k) => k.reason)).toEqual(['Sentralbordet, ikke personens nummer.']);
    // Every resolution is audited, with the code and where, never the words.
    const audits = await db.select().from(auditLog).where(eq(auditLog.entity, 'withdrawal_text_hit'));
    expect(audits.map((a) => a.action).sort()).toEqual(['privacy.withdrawal_hit.edited', 'privacy.withdrawal_hit.keep', 'privacy.withdrawal_hit.replace']);
    expect(JSON.stringify(audits)).not.toMatch(/Vikhagen|22334455|Sentralbordet/);
  });
});
