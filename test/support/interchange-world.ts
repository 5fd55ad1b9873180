import { baselineDictionary } from '../../src/modules/questionnaires/redcap/fixtures.js';
import { multilingualForm, workbook } from '../../src/modules/questionnaires/xlsform/fixtures.js';
import type { World } from './world.js';

type Role = 'coordinator' | 'researcher' | 'municipal_contact' | 'facilitator' | 'observer';

/** Made once: exceljs writes asynchronously, example bodies are built synchronously. */
const xlsformBytes = await workbook(multilingualForm);

const upload = (data: string | Buffer, name: string) => {
  const form = new FormData();
  form.append('file', new Blob([data as BlobPart]), name);
  return form;
};

/** One valid body per interchange operation (spread into exampleBodies): a real dictionary and a real XLSForm. */
export const interchangeExampleBodies: Record<string, (world: World) => unknown> = {
  'POST /programmes/{programmeId}/instruments/import-redcap': () => upload(baselineDictionary, 'baseline.csv'),
  'POST /programmes/{programmeId}/instruments/import-xlsform': () => upload(xlsformBytes, 'form.xlsx'),
};

/** Who may call each template / interchange route (H4's). Version ids come from the questionnaire world. */
export function interchangeExpectations<R>(members: (may: Role[], opts?: { municipal?: boolean }) => R): Record<string, R> {
  const readers: Role[] = ['coordinator', 'researcher', 'facilitator', 'municipal_contact'];
  const managers: Role[] = ['coordinator', 'researcher'];
  const b = '/programmes/{programmeId}';
  return {
    [`GET ${b}/instrument-templates`]: members(readers),
    [`POST ${b}/instruments/import-redcap`]: members(managers),
    [`POST ${b}/instruments/import-xlsform`]: members(managers),
    [`GET ${b}/instrument-versions/{versionId}/redcap.csv`]: members(readers),
    [`GET ${b}/instrument-versions/{versionId}/xlsform.xlsx`]: members(readers),
  };
}
