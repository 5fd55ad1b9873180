import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Language } from '../../i18n/index.js';
import { users } from './schema.js';

export type User = typeof users.$inferSelect;

/** E-mail addresses compare case-insensitively; they are stored trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function getUserById(db: Executor, id: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByEmail(db: Executor, email: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, normaliseEmail(email)));
  return row;
}

export async function listUsersByIds(db: Executor, ids: string[]): Promise<User[]> {
  if (ids.length === 0) return [];
  return db.select().from(users).where(inArray(users.id, ids));
}

/** Used when a coordinator gives someone access: the account exists from then on, sign-in is by e-mail or OIDC. */
export async function findOrCreateUser(db: Executor, input: { email: string; name: string; language?: Language; isAdmin?: boolean }): Promise<User> {
  const email = normaliseEmail(input.email);
  const [created] = await db
    .insert(users)
    .values({ email, name: input.name.trim() || email, language: input.language ?? 'nb', isAdmin: input.isAdmin ?? false })
    .onConflictDoNothing()
    .returning();
  return created ?? (await findUserByEmail(db, email))!;
}

export async function setUserLanguage(db: Executor, userId: string, language: Language): Promise<void> {
  await db.update(users).set({ language }).where(eq(users.id, userId));
}

export async function findUserByOidcIdentity(db: Executor, identity: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.oidcIdentity, identity));
  return row;
}

export async function linkOidcIdentity(db: Executor, userId: string, identity: string): Promise<void> {
  await db.update(users).set({ oidcIdentity: identity }).where(eq(users.id, userId));
}
