import type { Executor } from '../../db/client.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';

/** 404 for a programme that does not exist (an administrator passes every policy); 409 for changes to an archived one. */
export async function programmeGuard(db: Executor, programmeId: string, change: boolean): Promise<void> {
  const programme = await getProgramme(db, programmeId);
  if (change) assertWritable(programme);
}
