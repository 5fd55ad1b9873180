import type { Messages } from '../nb.js';
import type { analysisErrorsNb } from './nb.js';

// Nynorsk strings for qualitative analysis (spread into ../nn.ts).
export const analysisErrorsNn: Record<keyof typeof analysisErrorsNb, string> = {
  transcriptBadTimestamp: 'Tidsstempelet på linje {{line}} kan ikkje lesast. Ingenting er importert.',
  transcriptNotUtf8: 'Fila er ikkje lagra som UTF-8. Lagra ho som UTF-8 og prøv igjen.',
  transcriptNotWebVtt: 'Fila er ikkje ei gyldig WebVTT-fil (første linja må vere «WEBVTT»).',
  transcriptUnreadableDocx: 'Word-fila kan ikkje lesast. Ho kan vere skadd eller ikkje ei .docx-fil.',
  transcriptUnsupportedFormat: 'Filtypen til «{{fileName}}» er ikkje støtta. Bruk .docx, .txt, .vtt eller .srt.',
  transcriptEmpty: 'Dokumentet har ingen tekst.',
  transcriptTooLarge: 'Fila er for stor. Ho kan vere på høgst {{max}} MB.',
  rangeNotInteger: 'Start og slutt må vere heile tal.',
  rangeOutOfBounds: 'Utdraget ({{start}}–{{end}}) går utanfor teksten, som har {{length}} teikn.',
  rangeEmpty: 'Utdraget må ha minst eitt teikn.',
  offsetSplitsCharacter: 'Posisjonen {{offset}} deler eit teikn i to.',
  codeHasChildren: 'Koden har underkodar. Flytt eller slett dei først, eller slett alt samla.',
  codeCycle: 'Ein kode kan ikkje flyttast inn under seg sjølv eller sine eigne underkodar.',
  codeMergeSame: 'Ein kode kan ikkje slåast saman med seg sjølv.',
  suggestionDecided: 'Forslaget er alt behandla.',
  participantNotInProgramme: 'Ein av deltakarane høyrer ikkje til prosjektet.',
};

export const analysisNn: Pick<Messages, 'analysis'> = {
  analysis: {
    title: 'Analyse',
    tabs: { documents: 'Dokument', codebook: 'Kodebok', retrieval: 'Uthenting', search: 'Søk', agreement: 'Samsvar mellom kodarar' },
    kinds: {
      interview_transcript: 'Intervju (transkripsjon)', meeting_transcript: 'Møte (transkripsjon)', focus_group_transcript: 'Fokusgruppe (transkripsjon)',
      focus_group_summary: 'Fokusgruppe (oppsummering)', minutes: 'Referat', group_work_notes: 'Notat frå gruppearbeid', values_document: 'Verdidokument',
      survey_free_text: 'Fritekst frå spørjeundersøking', other: 'Anna',
    },
    documents: {
      empty: 'Ingen dokument enno. Importer ei transkripsjon eller lim inn tekst nedanfor.', caption: 'Dokument i prosjektet',
      docTitle: 'Tittel', kind: 'Type', municipality: 'Kommune', length: 'Lengd', lengthValue: '{{count}} teikn',
      pending: 'Moglege namn å sjekke', pendingValue: '{{count}} å sjekke',
    },
    import: {
      title: 'Legg til dokument', mode: 'Korleis vil du leggje til teksten?', modeFile: 'Last opp fil (.docx, .txt, .vtt, .srt)', modePaste: 'Lim inn eller skriv tekst',
      file: 'Fil', docTitle: 'Tittel', kind: 'Type dokument', municipality: 'Kommune', activity: 'Aktivitet', present: 'Deltakarar som var til stades',
      text: 'Tekst', textHelp: 'Linjer som byrjar med «Namn:» vert eigne talarbidrag.', submit: 'Importer',
      busy: 'Les og pseudonymiserer …', done: '«{{title}}» er importert. Namn bytte ut: {{count}}.', suggestions: 'Moglege namn å sjekke: {{count}}.',
      open: 'Opne «{{title}}»',
    },
    suggestions: {
      title: 'Moglege namn å sjekke ({{count}})', intro: 'Desse orda ser ut som namn, men er ikkje registrerte. Stadfest for å byte dei ut med [navn] overalt i dokumentet, eller avvis.',
      confirm: 'Byt ut «{{word}}»', dismiss: '«{{word}}» er ikkje eit namn', confirmed: '«{{word}}» er bytt ut med [navn].', dismissed: '«{{word}}» blir ståande.',
    },
    coding: {
      help: 'Klikk i teksten og bruk piltastane (Ctrl + pil: eitt ord, pil opp/ned: førre/neste talar, Home/End). Hald Shift for å merkje. Trykk C eller Enter for å kode det merkte, Escape for å fjerne merkinga. Du kan òg merkje med musa.',
      helpReadOnly: 'Du kan lese teksten og kodingane, men ikkje endre dei.',
      textLabel: 'Arbeidstekst (pseudonymisert)', marginLabel: 'Kodingar som byrjar her', remove: 'Fjern kodinga {{code}}: «{{text}}»',
      selected: 'Merkt: {{count}} teikn: «{{text}}»', caretAt: 'Markøren står ved teikn {{offset}}.',
      applied: 'Koda {{count}} teikn med {{codes}}.', removed: 'Kodinga {{code}} er fjerna.',
      blind: 'Blind koding er slått på: du ser berre dine eigne kodingar.', noCodes: 'Kodeboka er tom. Lag kodar i kodeboka før du kodar.',
    },
    picker: {
      title: 'Vel kodar', filter: 'Skriv for å finne ein kode', help: 'Pil opp/ned for å flytte, Shift + Enter for å velje fleire, Enter for å kode, Escape for å avbryte.',
      listLabel: 'Kodar', none: 'Ingen kodar passar', apply: 'Kod med valde ({{count}})',
    },
    memos: {
      documentTitle: 'Notat om dokumentet', summaryTitle: 'Oppsummering per person', empty: 'Ingen enno.', saved: 'Lagra.', deleted: 'Sletta.',
      subject: 'Person (talar)', summaryText: 'Oppsummering (2–5 setningar)', text: 'Nytt notat', add: 'Lagre',
    },
    codebook: {
      title: 'Kodebok', empty: 'Kodeboka er tom. Lag ein kode eller eit tema, eller start frå CHIME.', theme: 'tema', count: 'Kodingar: {{count}}',
      edit: 'Endre {{name}}', newCode: 'Ny kode eller nytt tema', create: 'Opprett', created: 'Koden «{{name}}» er oppretta.', themeCreated: 'Temaet «{{name}}» er oppretta.',
      chime: 'Start frå CHIME', chimeDone: 'CHIME-ramma er lagd til. Nye kodar: {{count}}.',
      name: 'Namn', description: 'Skildring', color: 'Farge', parent: 'Plassering (under)', topLevel: 'Øvst i kodeboka', isTheme: 'Dette er eit tema som samlar kodar',
      editTitle: 'Endre «{{name}}»', saved: '«{{name}}» er lagra.', mergeInto: 'Slå saman med', merge: 'Slå saman …',
      confirmMerge: 'Alle kodingar, underkodar og notat i «{{name}}» vert flytte til «{{into}}», og «{{name}}» vert sletta.', confirmMergeButton: 'Slå saman',
      merged: '«{{name}}» er slått saman med «{{into}}».', confirmDelete: 'Slette «{{name}}» og kodingane ({{count}})? Dette kan ikkje angrast.',
      confirmDeleteTree: 'Slette «{{name}}» med alle underkodar og kodingar ({{count}})? Dette kan ikkje angrast.',
    },
    retrieval: {
      title: 'Uthenting og oversikter', code: 'Kode eller tema', allActivities: 'Alle aktivitetar', coderFilter: 'Kodar (person)', allCoders: 'Alle kodarar',
      empty: 'Ingen utdrag passar.', count: 'Utdrag: {{count}}', coder: 'koda av {{name}}', copy: 'Kopier anonymt sitat',
      copied: 'Kopiert: {{quote}}', copyFailed: 'Kunne ikkje kopiere. Sitatet er: {{quote}}',
      matrixTitle: 'Kode × kommune', matrixHelp: 'Tal på utdrag (tal på dokument i parentes). Eit tema tel med underkodane sine.',
      noMunicipality: 'Utan kommune', total: 'Totalt', noCodings: 'Ingen kodingar enno.',
      cooccurrenceTitle: 'Kodar som overlappar', cooccurrenceValue: '{{count}} overlapp i {{documents}} dokument', noCooccurrence: 'Ingen kodar overlappar.',
    },
    search: {
      title: 'Søk i dokumenta', label: 'Søk', submit: 'Søk', help: 'Søket finn òg andre bøyingsformer (tjenesten finn tjenester). Bruk "hermeteikn" for ei frase og - for å utelate eit ord.',
      count: 'Treff for «{{q}}»: {{count}}',
    },
    noFile: 'Vel ei fil (.docx, .txt, .vtt eller .srt).',
    unknownCoder: '(ukjend kodar)',
    agreement: {
      title: 'Samsvar mellom kodarar', intro: 'Vel to kodarar. Samsvaret vert rekna teikn for teikn for kvar kode, og samla.',
      needTwo: 'Minst to personar må ha koda før samsvar kan reknast ut.', coderA: 'Kodar A', coderB: 'Kodar B',
      unit: 'Eining: teikn. Grunnlag: {{units}} teikn i {{documents}} dokument.', caption: 'Samsvar per kode (eining: teikn)',
      percent: 'Prosent samsvar', kappa: 'Cohens kappa', alpha: 'Krippendorffs alfa', units: 'Teikn', overall: 'Samla',
      disagreements: 'Usemjer', hidden: 'Blind koding er på: berre koordinatoren ser usemjene.', noDisagreements: 'Ingen usemjer.',
      onlyBy: 'berre {{coder}}: teikn {{start}}–{{end}}',
      unavailable: {
        no_variation: 'Kan ikkje reknast ut: begge kodarane gav alle teikn same verdi.',
        code_not_used: 'Kan ikkje reknast ut: ingen av kodarane brukte koden.',
        empty_document: 'Kan ikkje reknast ut: dokumentet er tomt.',
        no_codings: 'Kan ikkje reknast ut: ingen kodingar å samanlikne.',
      },
    },
    quoteRole: { recipient: 'tenestemottakar', provider: 'tenesteytar', leader: 'tenesteleiar', staff: 'prosjektmedarbeidar', unknown: 'deltakar' },
    quoteSource: {
      interview: 'intervju', focus_group: 'fokusgruppe', mapping_meeting: 'kartleggingsmøte', feedback_meeting: 'tilbakemeldingsmøte',
      codesign_workshop: 'samskapingsverkstad', meeting: 'møte', minutes: 'referat', group_work_notes: 'gruppearbeid',
      values_document: 'verdidokument', survey_free_text: 'spørjeundersøking', other: 'dokument',
    },
  },
};
