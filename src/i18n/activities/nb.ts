// Bokmål strings for activities (plan, timeline, agenda, minutes, decisions, indicators); spread into ../nb.ts.
export const activitiesNb = {
  activities: {
    title: 'Aktiviteter',
    tabs: { plan: 'Plan og tidslinje', indicators: 'Prosessindikatorer', types: 'Aktivitetstyper' },
    variants: { recipient: 'tjenestemottaker', provider: 'tjenesteyter', recipients: 'tjenestemottakere', providers: 'tjenesteytere', joint: 'felles' },
    statuses: { planned: 'Planlagt', scheduled: 'Tidfestet', held: 'Gjennomført', cancelled: 'Avlyst' },
    modes: { physical: 'Fysisk', digital: 'Digitalt', hybrid: 'Hybrid' },
    programmeWide: 'Hele prosjektet',
    allMunicipalities: 'Alle kommuner',
    municipalityFilter: 'Vis kommune',
    generate: {
      heading: 'Lag plan fra mal',
      template: 'Mal',
      templates: { codesign: 'Samskaping (EBCD): kartlegging, intervju, tilbakemeldingsmøter, verksted, kurs, oppfølging', governance: 'Styringsgruppe og ekspertgruppe (4 møter hver)', learning_network: 'Læringsnettverk: samlinger, møter i forbedringsteam, fokusgrupper' },
      button: 'Lag plan',
      result: '{{created}} aktiviteter ble laget, {{existing}} fantes fra før.',
      empty: 'Ingen aktiviteter ennå. Lag en plan fra en mal.',
    },
    warnings: {
      heading: 'Advarsler om rekkefølge',
      none: 'Ingen brudd på rekkefølgen.',
      order: '«{{activity}}» starter før «{{other}}» er ferdig, men skal komme etter.',
      pilot_not_first: '«{{activity}}» holdes før pilotkurset «{{other}}». Pilotkurset skal være det første.',
    },
    timeline: {
      heading: 'Tidslinje', caption: 'Aktiviteter i tidsrekkefølge', unscheduled: 'Ikke tidfestet', showTable: 'Vis som tabell', showChart: 'Vis som tidslinje',
      activity: 'Aktivitet', municipality: 'Kommune', when: 'Tidspunkt', status: 'Status', after: 'Kommer etter', warning: 'Advarsel',
      chartLabel: 'Tidslinje for {{count}} tidfestede aktiviteter fra {{from}} til {{to}}',
      legend: 'Pilene viser rekkefølgen aktivitetene må følge; en rød stiplet pil er en rekkefølge timeplanen bryter.',
    },
    detail: {
      back: 'Tilbake til planen', heading: 'Detaljer og rekkefølge', save: 'Lagre detaljer', addDependency: 'Skal komme etter', type: 'Type', mode: 'Form', duration: 'Varighet', durationValue: '{{minutes}} min', location: 'Sted', capacity: 'Plasser',
      pilot: 'Pilotkurs (med en ekstra time evaluering)', dependsOn: 'Kommer etter', produces: 'Gir', recorded: 'Tas opp', yes: 'Ja', no: 'Nei', unlimited: 'Ubegrenset',
    },
    schedule: {
      heading: 'Tidspunkt', startsAt: 'Start', endsAt: 'Slutt', save: 'Lagre tidspunkt', saved: 'Tidspunktet er lagret.',
      cancel: 'Avlys aktiviteten', cancelReason: 'Grunn (valgfri)', confirmCancel: 'Avlyse «{{activity}}»? De inviterte får beskjed.', confirm: 'Bekreft', abort: 'Avbryt',
      cancelled: 'Aktiviteten er avlyst.', markHeld: 'Marker som gjennomført', held: 'Markert som gjennomført.', confirmMove: 'Flytte «{{activity}}»? De inviterte får en oppdatert kalenderinvitasjon.',
    },
    agenda: {
      heading: 'Agenda', empty: 'Agendaen er tom.', itemTitle: 'Punkt', notes: 'Merknad', minutes: 'Minutter', add: 'Legg til punkt', remove: 'Fjern',
      carried: 'Oppfølgingspunkter fra tidligere møter (til de er lukket)', carriedFrom: 'fra møte {{ordinal}}',
    },
    minutes: {
      heading: 'Referat', text: 'Referat', save: 'Lagre referat', upload: 'Last opp referat (.docx)', uploadButton: 'Last opp', saved: 'Referatet er lagret og ligger også som dokument i analysen.',
      none: 'Ingen referat ennå.', source: { written: 'Skrevet her', docx: 'Lastet opp (.docx)' }, openInAnalysis: 'Åpne i analysen', replaceNote: 'Lagrer du på nytt, erstattes dokumentet i analysen (med kodingene).',
    },
    decisions: {
      heading: 'Vedtak og oppfølgingspunkter', kind: 'Type', kinds: { decision: 'Vedtak', follow_up: 'Oppfølgingspunkt' }, text: 'Tekst', owner: 'Ansvarlig', dueOn: 'Frist',
      add: 'Legg til', close: 'Lukk', reopen: 'Åpne igjen', closed: 'Lukket', open: 'Åpen', empty: 'Ingen vedtak eller oppfølgingspunkter.', remove: 'Slett',
    },
    outputs: {
      heading: 'Resultater', kind: 'Type', kinds: { priority_list: 'Prioriterte områder (per tjeneste)', training_material: 'Opplæringsmateriell', evaluation_forms: 'Evalueringsskjema', other: 'Annet' },
      title: 'Tittel', service: 'Tjeneste', items: 'Punkter (ett per linje)', add: 'Registrer', empty: 'Ingenting registrert.', remove: 'Slett',
    },
    indicators: {
      heading: 'Prosessindikatorer', scope: 'Gjelder', regularN: 'Kom jevnlig = deltok på minst', regularSuffix: 'av aktivitetene de var invitert til',
      downloadCsv: 'Last ned CSV', downloadXlsx: 'Last ned Excel', showTable: 'Tabellen bak diagrammet',
      planned: 'Planlagt', held: 'Gjennomført', cancelled: 'Avlyst', invited: 'Invitert', attended: 'Deltok', rate: 'Oppmøte', regular: 'Kom jevnlig', total: 'Totalt',
      activityType: 'Aktivitetstype', role: 'Rolle', municipality: 'Kommune', value: 'Verdi', count: 'Antall', notAvailable: 'ikke tilgjengelig',
      plannedVsHeld: 'Planlagt og gjennomført per aktivitetstype', invitedVsAttended: 'Invitert og deltok per rolle', regularChart: 'Kom jevnlig per rolle',
      engagement: 'Indikatorer for engasjement',
      engagementI: 'i) Tjenester som har kartlagt praksis og valgt prioriterte områder', engagementII: 'ii) Deltakelse på tilbakemeldingsmøter, verksteder, kurs og møter', engagementIII: 'iii) Opplæringsmateriell utviklet i fellesskap',
      mappedShort: 'i) Kartlagt', materialsShort: 'iii) Materiell', regularLabel: 'Kom jevnlig: minst N ganger', regularHelp: 'N av aktivitetene de var invitert til',
      servicesMapped: '{{done}} av {{total}} tjenester', materials: '{{count}} registrert', small: 'færre enn {{threshold}}',
      roles: { recipient: 'Tjenestemottakere', provider: 'Tjenesteytere', leader: 'Tjenesteledere' },
    },
    types: {
      heading: 'Aktivitetstyper', key: 'Nøkkel', label: 'Navn', duration: 'Varighet (min)', mode: 'Form', recorded: 'Tas opp', participants: 'Hvem deltar', produces: 'Gir',
      edit: 'Endre standardverdier for en type', builtIn: 'Innebygd', own: 'Prosjektets egen', add: 'Legg til type', labelNb: 'Navn (bokmål)', labelNn: 'Navn (nynorsk)', labelEn: 'Navn (engelsk)', capacity: 'Plasser',
    },
    add: { heading: 'Legg til aktivitet', type: 'Type', municipality: 'Kommune', title: 'Tittel (valgfri)', button: 'Legg til' },
    errors: {
      unknownType: 'Aktivitetstypen finnes ikke i prosjektet.', typeExists: 'Det finnes allerede en aktivitetstype med denne nøkkelen.',
      selfDependency: 'En aktivitet kan ikke komme etter seg selv.', unknownActivity: 'Aktiviteten finnes ikke i prosjektet.',
      noMunicipalities: 'Prosjektet har ingen deltakerkommuner ennå. Legg dem til først.',
      endBeforeStart: 'Slutten må være etter starten. Ingenting er lagret.', cancelled: 'Aktiviteten er avlyst og kan ikke endres.',
      alreadyHeld: 'Aktiviteten er gjennomført og kan ikke avlyses.', notScheduled: 'Aktiviteten har ikke noe tidspunkt ennå.', notStarted: 'Aktiviteten har ikke begynt ennå.',
      minutesNotDocx: '«{{fileName}}» er ikke en .docx-fil. Last opp referatet som Word-dokument (.docx).',
      serviceNotInMunicipality: 'Tjenesten hører ikke til aktivitetens kommune.', noFile: 'Velg en fil.',
    },
  },
};
