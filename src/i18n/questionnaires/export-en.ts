import type { exportNb } from './export-nb.js';

// English strings for the response export.
export const exportEn: typeof exportNb = {
  export: {
    columns: {
      response_id: 'Response ID (Varde’s key for the response)',
      participant_code: 'Participant code (pseudonymous, never a name)',
      pairing_key: 'Pre/post pairing key (keyed hash of the self-generated code)',
      status: 'Status: complete (submitted) or in_progress (started)',
      language: 'Language the response was given in (nb, nn or en)',
      started_at: 'Started (UTC, ISO 8601)',
      submitted_at: 'Submitted (UTC, ISO 8601; empty if not submitted)',
    },
    spss: 'SPSS syntax for the CSV',
    rScript: 'R script for the CSV',
    syntaxHint: 'The syntax and the script read the responses CSV (with codes) with variable and value labels. “Not applicable” and “don’t know” have codes of their own, declared as missing values.',
    sheets: { responses: 'Responses', codebook: 'Codebook' },
    values: { yes: 'Yes', no: 'No', true: 'True', false: 'False', checked: 'Checked', unchecked: 'Unchecked' },
    title: 'Download responses',
    intro: 'One column per variable, a 0/1 column per choice of multiple-choice items, and scores. The codebook explains the columns.',
    labels: 'Labels instead of codes',
    language: 'Language of labels and codebook',
    csv: 'Responses as CSV',
    xlsx: 'Responses as Excel (XLSX)',
    codebook: 'Codebook (CSV)',
    progress: 'Downloading: {{rows}} of {{total}} responses',
    progressBytes: 'Downloading: {{kb}} kB',
    done: 'Done: {{name}} ({{kb}} kB).',
    failed: 'The download stopped. Please try again.',
    anonymous: 'Anonymous survey: the file holds no participant code.',
    linked: 'The file holds the participants’ pseudonymous codes (never names).',
  },
};
