// Bokmål strings for the response export (spread into `questionnaires` in ./nb.ts).
export const exportNb = {
  export: {
    sheets: { responses: 'Svar', codebook: 'Kodebok' },
    values: { yes: 'Ja', no: 'Nei', true: 'Sant', false: 'Usant', checked: 'Krysset av', unchecked: 'Ikke krysset av' },
    title: 'Last ned svar',
    intro: 'Én kolonne per variabel, en 0/1-kolonne per alternativ i flervalgsspørsmål, og skårer. Kodeboken forklarer kolonnene.',
    labels: 'Tekst i stedet for koder',
    language: 'Språk i tekster og kodebok',
    csv: 'Svar som CSV',
    xlsx: 'Svar som Excel (XLSX)',
    codebook: 'Kodebok (CSV)',
    progress: 'Laster ned: {{rows}} av {{total}} svar',
    progressBytes: 'Laster ned: {{kb}} kB',
    done: 'Ferdig: {{name}} ({{kb}} kB).',
    failed: 'Nedlastingen stoppet. Prøv igjen.',
    anonymous: 'Anonym undersøkelse: filen har ingen deltakerkode.',
    linked: 'Filen har deltakernes pseudonyme koder (aldri navn).',
  },
};
