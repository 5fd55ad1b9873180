/**
 * Test workbooks written with exceljs: a multilingual XLSForm in the style of a real ODK/Kobo form (groups,
 * a table-list matrix, likert, range, constraints, relevant with selected()), a legacy single-colon form with old
 * type aliases, and one with what Varde cannot represent. All names invented.
 */
export type SheetSpec = { name: string; rows: (string | number)[][] };

export async function workbook(sheets: SheetSpec[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const L = ['label::Norsk bokmål (nb)', 'label::Norsk nynorsk (nn)', 'label::English (en)'];
const HINT = ['hint::Norsk bokmål (nb)', 'hint::Norsk nynorsk (nn)', 'hint::English (en)'];

export const multilingualForm: SheetSpec[] = [
  {
    name: 'survey',
    rows: [
      ['type', 'name', ...L, ...HINT, 'required', 'relevant', 'constraint', 'appearance', 'calculation', 'parameters'],
      ['note', 'intro', 'Takk for at du svarer.', 'Takk for at du svarar.', 'Thank you for answering.'],
      ['begin group', 'background', 'Bakgrunn', 'Bakgrunn', 'Background'],
      ['select_one role', 'role', 'Hva er rollen din?', 'Kva er rolla di?', 'What is your role?', '', '', '', 'yes'],
      ['text', 'role_other', 'Hvilken rolle?', 'Kva rolle?', 'Which role?', '', '', '', '', "${role} = 'other'", 'string-length(.) <= 100'],
      ['integer', 'years', 'År i tjenesten', 'År i tenesta', 'Years in the service', 'Hele år', 'Heile år', 'Whole years', '', '', '. >= 0 and . <= 50'],
      ['select_multiple areas', 'areas', 'Hvor jobber du?', 'Kvar jobbar du?', 'Where do you work?', '', '', '', '', '', 'count-selected(.) <= 2'],
      ['text', 'areas_comment', 'Fortell om likepersonarbeidet', 'Fortel om likepersonarbeidet', 'Tell us about the peer work', '', '', '', '', "selected(${areas}, 'peer')", '', 'multiline'],
      ['end group'],
      ['begin group', 'attitudes', 'Hvor enig er du?', 'Kor einig er du?', 'How much do you agree?', '', '', '', '', "${years} >= 1", '', 'table-list'],
      ['select_one agree5', 'att_1', 'Recovery er mulig for alle', 'Recovery er mogleg for alle', 'Recovery is possible for everyone', '', '', '', 'yes'],
      ['select_one agree5', 'att_2', 'Håp er viktig', 'Håp er viktig', 'Hope matters', '', '', '', 'yes'],
      ['select_one agree5', 'att_3', 'Brukere vet best', 'Brukarar veit best', 'Users know best'],
      ['end group'],
      ['select_one agree5_na', 'hope', 'Tjenesten gir håp', 'Tenesta gjev håp', 'The service gives hope', '', '', '', '', '', '', 'likert'],
      ['range', 'confidence', 'Hvor trygg er du?', 'Kor trygg er du?', 'How confident are you?', '', '', '', '', '', '', '', '', 'start=0 end=10 step=1'],
      ['date', 'course_date', 'Kursdato', 'Kursdato', 'Course date', '', '', '', '', '', ". >= date('2024-01-01')"],
      ['decimal', 'hours', 'Timer per uke', 'Timar per veke', 'Hours per week'],
      ['select_one yes_no', 'recommend', 'Anbefaler du kurset?', 'Tilrår du kurset?', 'Do you recommend the course?', '', '', '', '', '', '', 'minimal'],
      ['calculate', 'att_sum', '', '', '', '', '', '', '', '', '', '', '${att_1} + ${att_2}'],
      ['text', 'comments', 'Kommentarer', 'Kommentarar', 'Comments', '', '', '', '', "${recommend} = 'no' or ${hours} > 10", '', 'multiline'],
    ],
  },
  {
    name: 'choices',
    rows: [
      ['list_name', 'name', ...L],
      ['role', 'staff', 'Ansatt', 'Tilsett', 'Staff'],
      ['role', 'leader', 'Leder', 'Leiar', 'Leader'],
      ['role', 'other', 'Annet', 'Anna', 'Other'],
      ['areas', 'housing', 'Bolig', 'Bustad', 'Housing'],
      ['areas', 'work', 'Arbeid', 'Arbeid', 'Work'],
      ['areas', 'peer', 'Likepersonarbeid', 'Likepersonarbeid', 'Peer work'],
      ...[1, 2, 3, 4, 5].map((v) => ['agree5', v, `nb ${v}`, `nn ${v}`, `en ${v}`]),
      ...[1, 2, 3, 4, 5].map((v) => ['agree5_na', v, `Nivå ${v}`, `Nivå ${v}`, `Level ${v}`]),
      ['agree5_na', 'na', 'Ikke aktuelt', 'Ikkje aktuelt', 'Not applicable'],
      ['yes_no', 'yes', 'Ja', 'Ja', 'Yes'],
      ['yes_no', 'no', 'Nei', 'Nei', 'No'],
    ],
  },
  {
    name: 'settings',
    rows: [
      ['form_title', 'form_id', 'version', 'default_language'],
      ['Oppfølging etter kurset', 'course_followup', '2024110101', 'Norsk bokmål (nb)'],
    ],
  },
];

/** pyxform's older spellings: single-colon language columns, `select one from`, `string`, `int`, `bind:relevant`, `list name`. */
export const legacyForm: SheetSpec[] = [
  {
    name: 'survey',
    rows: [
      ['type', 'name', 'label:English', 'label:Norsk', 'bind:relevant', 'bind:required'],
      ['begin_group', 'About', 'About you', 'Om deg'],
      ['select one from yn', 'Smoker', 'Do you smoke?', 'Røyker du?', '', 'true()'],
      ['int', 'per-day', 'How many per day?', 'Hvor mange per dag?', "${Smoker} = 'y'"],
      ['select all that apply from days', 'days', 'Which days?', 'Hvilke dager?'],
      ['string', 'why', 'Why?', 'Hvorfor?', "selected(${days}, 'mon')"],
      ['end_group'],
    ],
  },
  {
    name: 'choices',
    rows: [
      ['list name', 'name', 'label:English', 'label:Norsk'],
      ['yn', 'y', 'Yes', 'Ja'],
      ['yn', 'n', 'No', 'Nei'],
      ['days', 'mon', 'Monday', 'Mandag'],
      ['days', 'tue', 'Tuesday', 'Tirsdag'],
    ],
  },
];

export const unsupportedForm: SheetSpec[] = [
  {
    name: 'survey',
    rows: [
      ['type', 'name', 'label::English (en)', 'label::Español (es)', 'relevant', 'constraint', 'choice_filter'],
      ['start', 'start'],
      ['geopoint', 'where', 'Where are you?', '¿Dónde estás?'],
      ['begin repeat', 'kids', 'Children', 'Niños'],
      ['text', 'kid_name', 'Name', 'Nombre'],
      ['end repeat'],
      ['integer', 'age', 'Age', 'Edad', '', "regex(., '^[0-9]+$')"],
      ['select_one towns', 'town', 'Town', 'Pueblo', 'count-selected(${age}) > 1', '', "county = 'x'"],
    ],
  },
  { name: 'choices', rows: [['list_name', 'name', 'label::English (en)', 'county'], ['towns', 'a', 'A', 'x']] },
  { name: 'settings', rows: [['form_id', 'style'], ['odd', 'pages']] },
];
