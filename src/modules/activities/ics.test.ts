import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../test/support/ics-parse.js';
import { buildIcs, escapeText, foldLine, invitationUid, parseMailbox, type IcsEvent } from './ics.js';

const base: IcsEvent = {
  method: 'REQUEST',
  uid: invitationUid('0b8f4a8e-1111-4c8e-9d41-2f0e4a1b2c3d', '7d1e2f3a-2222-4b5c-8d9e-0f1a2b3c4d5e'),
  sequence: 0,
  stamp: new Date('2026-09-01T10:00:00Z'),
  start: new Date('2026-10-05T07:30:00Z'),
  end: new Date('2026-10-05T09:30:00Z'),
  summary: 'Tilbakemeldingsmøte, tjenestemottakere; Bærum',
  location: 'Rådhuset, møterom 2\\3\nInngang fra baksiden',
  description: 'Svar her: https://varde.example/i/abc',
  organizer: { name: 'Varde, prosjektleder', email: 'varde@varde.example' },
  attendee: { name: 'Deltaker Æøå', email: 'deltaker@varde.example' },
};

describe('buildIcs', () => {
  it('parses with ical.js and carries UID, SEQUENCE, METHOD, times and text exactly', () => {
    const parsed = parseIcs(buildIcs(base));
    expect(parsed.method).toBe('REQUEST');
    // No host in the UID: moving Varde to a new domain keeps people's calendar entries.
    expect(parsed.uid).toBe('activity-0b8f4a8e-1111-4c8e-9d41-2f0e4a1b2c3d-7d1e2f3a-2222-4b5c-8d9e-0f1a2b3c4d5e@varde');
    expect(parsed.sequence).toBe(0);
    expect(parsed.status).toBe('CONFIRMED');
    expect(parsed.start.toISOString()).toBe('2026-10-05T07:30:00.000Z');
    expect(parsed.end.toISOString()).toBe('2026-10-05T09:30:00.000Z');
    // Commas, semicolons, backslashes and line breaks survive the round trip.
    expect(parsed.summary).toBe(base.summary);
    expect(parsed.location).toBe(base.location);
    expect(parsed.organizer).toBe('mailto:varde@varde.example');
    expect(parsed.attendee).toBe('mailto:deltaker@varde.example');
  });

  it('an update keeps the UID and raises SEQUENCE; a cancellation says CANCEL and CANCELLED', () => {
    const first = parseIcs(buildIcs(base));
    const moved = parseIcs(buildIcs({ ...base, sequence: 1, start: new Date('2026-10-06T07:30:00Z'), end: new Date('2026-10-06T09:30:00Z') }));
    const cancelled = parseIcs(buildIcs({ ...base, method: 'CANCEL', sequence: 2 }));
    expect(moved.uid).toBe(first.uid);
    expect(moved.sequence).toBeGreaterThan(first.sequence);
    expect(moved.start.toISOString()).toBe('2026-10-06T07:30:00.000Z');
    expect(cancelled.uid).toBe(first.uid);
    expect([cancelled.method, cancelled.status, cancelled.sequence]).toEqual(['CANCEL', 'CANCELLED', 2]);
  });

  it('uses CRLF everywhere and folds every line at 75 octets without splitting a letter', () => {
    const text = buildIcs({ ...base, description: 'Ærlig talt: øvelse gjør mester på Åsgårdstrand. '.repeat(8) });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
    expect(parseIcs(text).description).toBe('Ærlig talt: øvelse gjør mester på Åsgårdstrand. '.repeat(8));
  });

  it('quotes parameter values that hold a comma and drops double quotes', () => {
    const text = buildIcs({ ...base, attendee: { name: 'Nordmann, "Kari"', email: 'kari@varde.example' } });
    expect(text.replace(/\r\n /g, '')).toContain('ATTENDEE;CN="Nordmann, Kari";');
  });
});

describe('pieces', () => {
  it('escapeText escapes \\ ; , and turns every line break into \\n', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('foldLine leaves short lines alone and continues long ones with a space', () => {
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
    const folded = foldLine(`DESCRIPTION:${'å'.repeat(100)}`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBe(3);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(`DESCRIPTION:${'å'.repeat(100)}`);
  });

  it('parseMailbox reads MAIL_FROM with or without a display name', () => {
    expect(parseMailbox('Varde <varde@varde.example>')).toEqual({ name: 'Varde', email: 'varde@varde.example' });
    expect(parseMailbox('varde@varde.example')).toEqual({ name: 'varde@varde.example', email: 'varde@varde.example' });
  });
});
