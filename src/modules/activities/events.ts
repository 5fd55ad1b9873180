import type { Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import type { Mailer } from '../auth/mailer.js';
import type { ActivityRow } from './activities.js';

/** What happened to an activity's time, place or status, for modules that must tell people (invitations). */
export type ActivityChange = 'scheduled' | 'moved' | 'cancelled';
export interface ActivityChangeContext {
  actor: Actor;
  requestId?: string;
  mailer: Mailer;
  publicUrl: string;
}
export type ActivityChangeListener = (db: Executor, ctx: ActivityChangeContext, activity: ActivityRow, change: ActivityChange) => Promise<void>;

const listeners: ActivityChangeListener[] = [];

/** Registers a listener; the routes run it inside the request's transaction, so a failure undoes the change too. */
export function onActivityChanged(listener: ActivityChangeListener): void {
  if (!listeners.includes(listener)) listeners.push(listener);
}

export async function activityChanged(db: Executor, ctx: ActivityChangeContext, activity: ActivityRow, change: ActivityChange): Promise<void> {
  for (const listener of listeners) await listener(db, ctx, activity, change);
}
