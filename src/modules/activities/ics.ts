/**
 * iCalendar (RFC 5545) for invitations: one VEVENT per activity and invitee. Calendar clients match
 * on UID and keep the highest SEQUENCE, so an update replaces the earlier event instead of adding a
 * second one, and METHOD:CANCEL with the same UID removes it. Times are written in UTC (…Z), which
 * every client shows in its own zone, so no VTIMEZONE block is needed.
 */

export type IcsMethod = 'REQUEST' | 'CANCEL';

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsEvent {
  method: IcsMethod;
  uid: string;
  sequence: number;
  /** When this version of the file was made. */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer: IcsPerson;
  attendee: IcsPerson;
}

const crlf = '\r\n';
const maxOctets = 75;

/** 20261105T083000Z */
export function formatUtc(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT values (§3.3.11): backslash, semicolon and comma escaped; every line break becomes \n. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (§3.2): quoted when it holds : ; or , — a double quote cannot appear at all. */
export function paramValue(value: string): string {
  const clean = value.replace(/["\r\n]/g, '').replace(/[\u0000-\u001f\u007f]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * Folds a content line (§3.1): no line longer than 75 octets, continuation lines begin with one
 * space. Splits between characters, never inside a multi-byte UTF-8 sequence (æ, ø, å are two octets).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? maxOctets : maxOctets - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${crlf} `);
}

function mailto(person: IcsPerson): string {
  return `mailto:${person.email.replace(/[\s"<>]/g, '')}`;
}

/** The whole calendar object, CRLF line ends, ready to attach as text/calendar; method=… */
export function buildIcs(event: IcsEvent): string {
  const cancelled = event.method === 'CANCEL';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Varde//Activities//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${formatUtc(event.stamp)}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    `ORGANIZER;CN=${paramValue(event.organizer.name)}:${mailto(event.organizer)}`,
    `ATTENDEE;CN=${paramValue(event.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:${mailto(event.attendee)}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(crlf) + crlf;
}

/** "Varde <varde@kommune.example>" → name and address (the MAIL_FROM setting doubles as organiser). */
export function parseMailbox(value: string): IcsPerson {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value);
  if (match) return { name: match[1].trim() || match[2], email: match[2].trim() };
  return { name: value.trim(), email: value.trim() };
}

/**
 * The event's UID: the same for an activity and a person in every e-mail, so calendars update or
 * remove the event they have. It does not name the host, so moving Varde to a new domain does not
 * orphan the calendar entries people already have (RFC 5545 asks only for global uniqueness, which
 * two random UUIDs give).
 */
export function invitationUid(activityId: string, participantId: string): string {
  return `activity-${activityId}-${participantId}@varde`;
}
