import type { exportNb } from './export-nb.js';

// English strings for the response export.
export const exportEn: typeof exportNb = {
  export: {
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
