import { z } from 'zod';
import type { Executor } from '../../db/client.js';
import { translate, type Language, type MessageKey } from '../../i18n/index.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { listServices } from '../programmes/services.js';
import { foldMunicipalityName } from './codes.js';
import type { ImportField, ImportRow } from './import-parse.js';
import type { ParticipantInput } from './participants.js';
import type { ParticipantRole } from './schema.js';

/** Role words people write in a spreadsheet, in bokmål, nynorsk and English, plus the codes. */
const roleWords: Record<string, ParticipantRole> = {
  recipient: 'recipient', tjenestemottaker: 'recipient', tenestemottakar: 'recipient', 'service recipient': 'recipient', mottaker: 'recipient', mottakar: 'recipient', bruker: 'recipient', brukar: 'recipient', 'service user': 'recipient',
  provider: 'provider', tjenesteyter: 'provider', tenesteytar: 'provider', 'service provider': 'provider', yter: 'provider', ytar: 'provider', ansatt: 'provider', tilsett: 'provider',
  leader: 'leader', leder: 'leader', leiar: 'leader', tjenesteleder: 'leader', tenesteleiar: 'leader', 'service leader': 'leader', manager: 'leader',
};
const languageWords: Record<string, 'nb' | 'nn' | 'en'> = {
  nb: 'nb', bokmål: 'nb', bokmal: 'nb', norsk: 'nb', no: 'nb',
  nn: 'nn', nynorsk: 'nn',
  en: 'en', english: 'en', engelsk: 'en',
};
const email = z.email();

export interface CellError { field: ImportField; message: string }
export interface CheckedRow {
  /** 1-based, as the user counts data rows. */
  row: number;
  values: ImportRow;
  errors: CellError[];
  /** What the row becomes when it has no errors. */
  input?: ParticipantInput;
}

/**
 * Checks every row against the programme (municipalities the caller may write to, their services)
 * and reports each bad cell with a message in the caller's language. Writes nothing.
 */
export async function checkImportRows(db: Executor, programmeId: string, writable: 'all' | Set<string>, rows: ImportRow[], lang: Language): Promise<CheckedRow[]> {
  const municipalities = await listProgrammeMunicipalities(db, programmeId, writable);
  const byKey = new Map<string, (typeof municipalities)[number]>();
  for (const m of municipalities) {
    byKey.set(foldMunicipalityName(m.name), m);
    byKey.set(m.number, m);
  }
  const servicesOf = new Map<string, Map<string, string>>();
  for (const m of municipalities)
    servicesOf.set(m.id, new Map((await listServices(db, programmeId, m.id)).map((s) => [s.name.trim().toLowerCase(), s.id])));

  return rows.map((values, i) => {
    const errors: CellError[] = [];
    const fail = (field: ImportField, key: MessageKey, vars: Record<string, string | number> = {}) => errors.push({ field, message: translate(lang, key, vars) });
    const text = (f: ImportField) => (values[f] ?? '').trim();

    const name = text('name');
    if (!name) fail('name', 'people.import.missingName');
    else if (name.length > 200) fail('name', 'errors.tooLong', { max: 200 });

    const rawMunicipality = text('municipality');
    const numberish = /^\d{3,4}$/.test(rawMunicipality) ? rawMunicipality.padStart(4, '0') : undefined;
    const municipality = byKey.get(numberish ?? foldMunicipalityName(rawMunicipality));
    if (!rawMunicipality) fail('municipality', 'errors.required');
    else if (!municipality) fail('municipality', 'people.import.unknownMunicipality', { value: rawMunicipality });

    let serviceId: string | null = null;
    const rawService = text('service');
    if (rawService && municipality) {
      serviceId = servicesOf.get(municipality.id)?.get(rawService.toLowerCase()) ?? null;
      if (!serviceId) fail('service', 'people.import.unknownService', { value: rawService, municipality: municipality.name });
    }

    const rawRole = text('role');
    const role = roleWords[rawRole.toLowerCase()];
    if (!rawRole) fail('role', 'errors.required');
    else if (!role) fail('role', 'people.import.unknownRole', { value: rawRole });

    const rawEmail = text('email');
    if (rawEmail && (!email.safeParse(rawEmail).success || rawEmail.length > 254)) fail('email', 'errors.invalidEmail');
    const phone = text('phone');
    if (phone.length > 40) fail('phone', 'errors.tooLong', { max: 40 });
    const subRole = text('subRole');
    if (subRole.length > 100) fail('subRole', 'errors.tooLong', { max: 100 });

    const rawLanguage = text('language');
    const language = rawLanguage ? languageWords[rawLanguage.toLowerCase()] : 'nb';
    if (!language) fail('language', 'people.import.unknownLanguage', { value: rawLanguage });

    const checked: CheckedRow = { row: i + 1, values, errors };
    if (errors.length === 0)
      checked.input = { municipalityId: municipality!.id, serviceId, role, subRole: subRole || null, name, email: rawEmail || null, phone: phone || null, language };
    return checked;
  });
}
