import type { exportNb } from './export-nb.js';

// Nynorsk strings for the response export.
export const exportNn: typeof exportNb = {
  export: {
    columns: {
      response_id: 'Svar-ID (nøkkelen Varde har for svaret)',
      participant_code: 'Deltakarkode (pseudonym, aldri namn)',
      pairing_key: 'Koplingsnøkkel før/etter (nøkkelbasert hash av den sjølvlaga koden)',
      status: 'Status: complete = sendt inn, in_progress = påbyrja',
      language: 'Språket svaret vart gitt på (nb, nn eller en)',
      started_at: 'Starta (UTC, ISO 8601)',
      submitted_at: 'Sendt inn (UTC, ISO 8601; tom om ikkje sendt inn)',
    },
    spss: 'SPSS-syntaks for CSV-fila',
    rScript: 'R-skript for CSV-fila',
    syntaxHint: 'Syntaksen og skriptet les svar-CSV-en (med kodar) med variabel- og verdietikettar. «Ikkje aktuelt» og «veit ikkje» har eigne kodar, merkte som manglande verdiar.',
    sheets: { responses: 'Svar', codebook: 'Kodebok' },
    values: { yes: 'Ja', no: 'Nei', true: 'Sant', false: 'Usant', checked: 'Kryssa av', unchecked: 'Ikkje kryssa av' },
    title: 'Last ned svar',
    intro: 'Éin kolonne per variabel, ein 0/1-kolonne per alternativ i fleirvalsspørsmål, og skårar. Kodeboka forklarer kolonnane.',
    labels: 'Tekst i staden for kodar',
    language: 'Språk i tekstar og kodebok',
    csv: 'Svar som CSV',
    xlsx: 'Svar som Excel (XLSX)',
    codebook: 'Kodebok (CSV)',
    progress: 'Lastar ned: {{rows}} av {{total}} svar',
    progressBytes: 'Lastar ned: {{kb}} kB',
    done: 'Ferdig: {{name}} ({{kb}} kB).',
    failed: 'Nedlastinga stoppa. Prøv igjen.',
    anonymous: 'Anonym undersøking: fila har ingen deltakarkode.',
    linked: 'Fila har dei pseudonyme kodane til deltakarane (aldri namn).',
  },
};
