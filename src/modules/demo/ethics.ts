import type { Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { createEthicsApproval } from '../consent/ethics-approvals.js';

/**
 * Seed 000 §1.2.2: the project will be sent for approval to the Health Faculty's Research Ethics
 * Subcommittee at King's College London and to REK Midt-Norge. Neither has decided yet, so the demo
 * shows them as planned and applied for; nothing is set to wait, so the demo's data collection runs.
 */
export async function loadEthicsDemo(db: Executor, actor: Actor, programmeId: string): Promise<void> {
  const covers = ['linked_surveys', 'transcripts', 'recordings'] as const;
  await createEthicsApproval(db, actor, programmeId, {
    committee: "Health Faculty Research Ethics Subcommittee, King's College London", reference: '', status: 'planned', decidedOn: null,
    conditions: '', covers: [...covers],
  });
  await createEthicsApproval(db, actor, programmeId, {
    committee: 'REK Midt-Norge (regional komité for medisinsk og helsefaglig forskningsetikk)', reference: '', status: 'pending', decidedOn: null,
    conditions: '', covers: [...covers],
  });
}
