/**
 * An XLSForm with the odd rows real forms have (written for these tests; names and texts invented): a label cell
 * that is a formatted hyperlink, a note without a name, types Varde does not know or cannot represent
 * (`phone number`, `select_one_external`, `osm`), pyxform's legacy `or specify other` and `begin loop over`,
 * a repeated choice name, capitalised names with '-' referenced as `${…}` in labels, relevant and calculation,
 * and settings.version given by the formula =NOW().
 */
export async function oddForm(): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const survey = wb.addWorksheet('survey');
  const rows: (string | number)[][] = [
    ['type', 'name', 'label::English (en)', 'label::Norsk bokmål (nb)', 'hint::English (en)', 'relevant', 'calculation', 'required'],
    ['note', '', 'Welcome! Read about the study first.', 'Velkommen! Les om studien først.'],
    ['integer', 'Visits-Count', 'How many visits?', 'Hvor mange besøk?', '', '', '', 'yes'],
    ['phone number', 'phone', 'Your phone', 'Telefonen din'],
    ['select_one_external street', 'street', 'Street', 'Gate'],
    ['osm building', 'building', 'Building', 'Bygning'],
    ['select one from service or specify other', 'Service', 'Which service?', 'Hvilken tjeneste?'],
    ['begin loop over service', 'per_service', 'Each service', 'Hver tjeneste'],
    ['integer', 'Times', 'How often?', 'Hvor ofte?'],
    ['end loop'],
    ['calculate', 'visits_double', '', '', '', '', '${Visits-Count} * 2'],
    ['note', 'summary', 'You told us ${Visits-Count} visits (${visits_double} doubled).', 'Du oppga ${Visits-Count} besøk.', '', '${Visits-Count} > 0'],
    ['text', 'more', '', 'Mer?'],
    ['voice-note', 'voice', 'Say it', 'Si det'],
  ];
  for (const r of rows) survey.addRow(r);
  // C13: a hyperlink whose text is formatted (Excel writes rich text inside the link).
  survey.getCell('C13').value = { text: { richText: [{ text: 'Read ' }, { text: 'the terms', font: { bold: true } }] }, hyperlink: 'https://example.org/terms' } as never;
  const choices = wb.addWorksheet('choices');
  for (const r of [
    ['list_name', 'name', 'label::English (en)', 'label::Norsk bokmål (nb)'],
    ['service', 'housing', 'Housing', 'Bolig'],
    ['service', 'work', 'Work', 'Arbeid'],
    ['service', 'work', 'Employment', 'Sysselsetting'],
  ])
    choices.addRow(r);
  const settings = wb.addWorksheet('settings');
  settings.addRow(['form_title', 'form_id', 'version', 'default_language']);
  settings.addRow(['Odd form', 'odd_form', '', 'English (en)']);
  settings.getCell('C2').value = { formula: 'NOW()', result: new Date('2024-11-01T08:30:15Z') } as never;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
