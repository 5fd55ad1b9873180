import type { Database } from '../../db/client.js';
import { loadActor } from '../access/actor.js';
import { appointRole } from '../access/roles.js';
import { findOrCreateUser } from '../auth/users.js';
import { addProgrammeMunicipality } from '../programmes/municipalities.js';
import { createProgramme } from '../programmes/programmes.js';
import { createService } from '../programmes/services.js';
import { loadConsentDemo } from '../consent/demo.js';
import { loadCodesignPeople, loadLearningNetworkGroups } from './participants.js';
import { loadPrePostDemo } from './prepost.js';
import { loadImprovementDemo } from './improvement.js';
import { loadCodesignEvidenceDemo } from './codesign-evidence.js';
import { loadBoardsDemo } from './boards.js';
import { loadCourseDemo } from './course.js';
import { loadEbcdHeldDemo } from './ebcd-held.js';
import { loadReportsDemo } from './reports.js';
import { loadEthicsDemo } from './ethics.js';
import { demoLoads } from './schema.js';
import { demoAdmin, demoCoordinator, demoStaff } from './people.js';
import { codesignProgramme, demoServices, learningNetworkProgramme } from './programmes.js';

/**
 * Loads the two demo programmes from the seeds, once: a marker row makes later starts skip it, and
 * everything is one transaction so a crash half-way leaves nothing behind.
 */
export async function loadDemoData(db: Database): Promise<{ loaded: boolean }> {
  return db.transaction(async (tx) => {
    const [marker] = await tx.insert(demoLoads).values({ name: 'seeds-000-004' }).onConflictDoNothing().returning();
    if (!marker) return { loaded: false };

    const admin = await findOrCreateUser(tx, { ...demoAdmin, isAdmin: true });
    const actor = (await loadActor(tx, admin.id))!;

    for (const plan of [codesignProgramme, learningNetworkProgramme]) {
      const { municipalities, ...input } = plan;
      const programme = await createProgramme(tx, actor, input);
      await appointRole(tx, actor, programme.id, { ...demoCoordinator, role: 'coordinator' });
      const added = new Map<string, string>();
      for (const number of municipalities) added.set(number, (await addProgrammeMunicipality(tx, actor, programme.id, number)).id);
      // Purposes, the information letter (seed 004, appendix 3) in three languages, and deletion dates.
      await loadConsentDemo(tx, actor, programme);

      if (plan.kind !== 'codesign') {
        await loadLearningNetworkGroups(tx, actor, programme.id);
        await loadImprovementDemo(tx, actor, programme.id, added);
        continue;
      }
      for (const municipalityId of added.values())
        for (const service of demoServices) await createService(tx, actor, programme.id, municipalityId, service);
      for (const person of demoStaff)
        await appointRole(tx, actor, programme.id, {
          email: person.email,
          name: person.name,
          role: person.role,
          municipalityIds: person.municipality ? [added.get(person.municipality)!] : undefined,
        });
      await loadCodesignPeople(tx, actor, programme.id, added);
      await loadPrePostDemo(tx, actor, programme.id, [...added.values()]);
      await loadCodesignEvidenceDemo(tx, actor, programme.id, added);
      await loadCourseDemo(tx, actor, programme.id, added);
      await loadBoardsDemo(tx, actor, programme.id, added);
      await loadEbcdHeldDemo(tx, actor, programme.id, added);
      await loadReportsDemo(tx, actor, programme.id, added);
      await loadEthicsDemo(tx, actor, programme.id);
    }
    return { loaded: true };
  });
}
