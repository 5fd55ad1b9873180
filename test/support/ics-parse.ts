import ICAL from 'ical.js';

/** What a calendar client reads from an invitation file, parsed by ical.js (a standard RFC 5545 parser). */
export interface ParsedInvitation {
  method: string;
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  location: string;
  description: string;
  start: Date;
  end: Date;
  organizer: string;
  attendee: string;
}

export function parseIcs(text: string): ParsedInvitation {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  if (events.length !== 1) throw new Error(`expected one VEVENT, found ${events.length}`);
  const vevent = events[0];
  const event = new ICAL.Event(vevent);
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: event.uid,
    sequence: event.sequence,
    status: String(vevent.getFirstPropertyValue('status')),
    summary: event.summary,
    location: event.location ?? '',
    description: event.description ?? '',
    start: event.startDate.toJSDate(),
    end: event.endDate.toJSDate(),
    organizer: String(vevent.getFirstPropertyValue('organizer')),
    attendee: String(vevent.getFirstPropertyValue('attendee')),
  };
}
