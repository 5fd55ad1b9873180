import type { Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { getActivity, type ActivityRow } from './activities.js';
import { authorizeActivities, type ActivityAction } from './policy.js';

/**
 * Loads an activity for a route: membership first (so outsiders get 404 before anything is read),
 * then the activity, then the action on that activity (a contact outside its municipality gets 404).
 */
export async function authorizedActivity(db: Executor, actor: Actor | null, action: ActivityAction, programmeId: string, activityId: string): Promise<ActivityRow> {
  authorizeActivities(actor, 'activity.read', { programmeId });
  const activity = await getActivity(db, programmeId, activityId);
  authorizeActivities(actor, action, { programmeId, activity });
  return activity;
}

/** Whether the actor may do `action` (for showing or hiding controls), without throwing. */
export function may(actor: Actor | null, action: ActivityAction, programmeId: string, activity?: { municipalityId: string | null }): boolean {
  try {
    authorizeActivities(actor, action, { programmeId, activity });
    return true;
  } catch {
    return false;
  }
}
