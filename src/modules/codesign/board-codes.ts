import { createHash, randomInt } from 'node:crypto';

/**
 * Join codes people type on a phone: six letters and digits without the look-alikes (0/O, 1/I/L), so
 * "K7RX4M" is read off a projector without mistakes. 30^6 ≈ 729 million codes; only open boards
 * answer, so guessing one is hopeless within a meeting.
 */
export const joinCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ2345679';
export const joinCodeLength = 6;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < joinCodeLength; i++) code += joinCodeAlphabet[randomInt(joinCodeAlphabet.length)];
  return code;
}

/** Upper case, spaces and dashes dropped; null when it cannot be a join code at all. */
export function normaliseJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== joinCodeLength) return null;
  for (const ch of code) if (!joinCodeAlphabet.includes(ch)) return null;
  return code;
}

/** A voter's cookie secret is stored only as this hash. */
export const voterTokenHash = (secret: string) => createHash('sha256').update(`board-voter:${secret}`).digest('hex');

/** How long a join code works after the board opens: a meeting day. Reopening renews it. */
export const joinCodeHours = 12;
