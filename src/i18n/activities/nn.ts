import type { activitiesNb } from './nb.js';

// Nynorsk strings for activities; spread into ../nn.ts.
export const activitiesNn: typeof activitiesNb = {
  activities: {
    title: 'Aktivitetar',
    tabs: { plan: 'Plan og tidslinje', indicators: 'Prosessindikatorar', types: 'Aktivitetstypar' },
    variants: { recipient: 'tenestemottakar', provider: 'tenesteytar', recipients: 'tenestemottakarar', providers: 'tenesteytarar', joint: 'felles' },
    statuses: { planned: 'Planlagd', scheduled: 'Tidfesta', held: 'Gjennomført', cancelled: 'Avlyst' },
    modes: { physical: 'Fysisk', digital: 'Digitalt', hybrid: 'Hybrid' },
    programmeWide: 'Heile prosjektet',
    allMunicipalities: 'Alle kommunar',
    municipalityFilter: 'Vis kommune',
    generate: {
      heading: 'Lag plan frå mal',
      template: 'Mal',
      templates: { codesign: 'Samskaping (EBCD): kartlegging, intervju, tilbakemeldingsmøte, verkstad, kurs, oppfølging', governance: 'Styringsgruppe og ekspertgruppe (4 møte kvar)', learning_network: 'Læringsnettverk: samlingar, møte i forbetringsteam, fokusgrupper' },
      button: 'Lag plan',
      result: '{{created}} aktivitetar vart laga, {{existing}} fanst frå før.',
      empty: 'Ingen aktivitetar enno. Lag ein plan frå ein mal.',
    },
    warnings: {
      heading: 'Åtvaringar om rekkjefølgje',
      none: 'Ingen brot på rekkjefølgja.',
      order: '«{{activity}}» startar før «{{other}}» er ferdig, men skal kome etter.',
      pilot_not_first: '«{{activity}}» vert halde før pilotkurset «{{other}}». Pilotkurset skal vere det første.',
    },
    timeline: {
      heading: 'Tidslinje', caption: 'Aktivitetar i tidsrekkjefølgje', unscheduled: 'Ikkje tidfesta', showTable: 'Vis som tabell', showChart: 'Vis som tidslinje',
      activity: 'Aktivitet', municipality: 'Kommune', when: 'Tidspunkt', status: 'Status', after: 'Kjem etter', warning: 'Åtvaring',
      chartLabel: 'Tidslinje for {{count}} tidfesta aktivitetar frå {{from}} til {{to}}',
      legend: 'Pilene viser rekkjefølgja aktivitetane må følgje; ei raud stipla pil er ei rekkjefølgje timeplanen bryt.',
    },
    detail: {
      back: 'Tilbake til planen', heading: 'Detaljar og rekkjefølgje', save: 'Lagre detaljar', addDependency: 'Skal kome etter', type: 'Type', mode: 'Form', duration: 'Varigheit', durationValue: '{{minutes}} min', location: 'Stad', capacity: 'Plassar',
      pilot: 'Pilotkurs (med ein ekstra time evaluering)', dependsOn: 'Kjem etter', produces: 'Gjev', recorded: 'Vert teke opp', yes: 'Ja', no: 'Nei', unlimited: 'Uavgrensa',
    },
    schedule: {
      heading: 'Tidspunkt', startsAt: 'Start', endsAt: 'Slutt', save: 'Lagre tidspunkt', saved: 'Tidspunktet er lagra.',
      cancel: 'Avlys aktiviteten', cancelReason: 'Grunn (valfri)', confirmCancel: 'Avlyse «{{activity}}»? Dei inviterte får melding.', confirm: 'Stadfest', abort: 'Avbryt',
      cancelled: 'Aktiviteten er avlyst.', markHeld: 'Merk som gjennomført', held: 'Merkt som gjennomført.', confirmMove: 'Flytte «{{activity}}»? Dei inviterte får ei oppdatert kalenderinvitasjon.',
    },
    agenda: {
      heading: 'Agenda', empty: 'Agendaen er tom.', itemTitle: 'Punkt', notes: 'Merknad', minutes: 'Minutt', add: 'Legg til punkt', remove: 'Fjern',
      carried: 'Oppfølgingspunkt frå tidlegare møte (til dei er lukka)', carriedFrom: 'frå møte {{ordinal}}',
    },
    minutes: {
      heading: 'Referat', text: 'Referat', save: 'Lagre referat', upload: 'Last opp referat (.docx)', uploadButton: 'Last opp', saved: 'Referatet er lagra og ligg òg som dokument i analysen.',
      none: 'Ikkje noko referat enno.', source: { written: 'Skrive her', docx: 'Lasta opp (.docx)' }, openInAnalysis: 'Opne i analysen', replaceNote: 'Lagrar du på nytt, vert dokumentet i analysen erstatta (med kodingane).',
    },
    decisions: {
      heading: 'Vedtak og oppfølgingspunkt', kind: 'Type', kinds: { decision: 'Vedtak', follow_up: 'Oppfølgingspunkt' }, text: 'Tekst', owner: 'Ansvarleg', dueOn: 'Frist',
      add: 'Legg til', close: 'Lukk', reopen: 'Opne att', closed: 'Lukka', open: 'Open', empty: 'Ingen vedtak eller oppfølgingspunkt.', remove: 'Slett',
    },
    outputs: {
      heading: 'Resultat', kind: 'Type', kinds: { priority_list: 'Prioriterte område (per teneste)', training_material: 'Opplæringsmateriell', evaluation_forms: 'Evalueringsskjema', other: 'Anna' },
      title: 'Tittel', service: 'Teneste', items: 'Punkt (eitt per linje)', add: 'Registrer', empty: 'Ingenting registrert.', remove: 'Slett',
    },
    indicators: {
      heading: 'Prosessindikatorar', scope: 'Gjeld', regularN: 'Kom jamleg = deltok på minst', regularSuffix: 'av aktivitetane dei var inviterte til',
      downloadCsv: 'Last ned CSV', downloadXlsx: 'Last ned Excel', showTable: 'Tabellen bak diagrammet',
      planned: 'Planlagd', held: 'Gjennomført', cancelled: 'Avlyst', invited: 'Invitert', attended: 'Deltok', rate: 'Oppmøte', regular: 'Kom jamleg', total: 'Totalt',
      activityType: 'Aktivitetstype', role: 'Rolle', municipality: 'Kommune', value: 'Verdi', count: 'Tal', notAvailable: 'ikkje tilgjengeleg',
      plannedVsHeld: 'Planlagd og gjennomført per aktivitetstype', invitedVsAttended: 'Invitert og deltok per rolle', regularChart: 'Kom jamleg per rolle',
      engagement: 'Indikatorar for engasjement',
      engagementI: 'i) Tenester som har kartlagt praksis og valt prioriterte område', engagementII: 'ii) Deltaking på tilbakemeldingsmøte, verkstader, kurs og møte', engagementIII: 'iii) Opplæringsmateriell utvikla i fellesskap',
      mappedShort: 'i) Kartlagt', materialsShort: 'iii) Materiell', regularLabel: 'Kom jamleg: minst N gonger', regularHelp: 'N av aktivitetane dei var inviterte til',
      servicesMapped: '{{done}} av {{total}} tenester', materials: '{{count}} registrert', small: 'færre enn {{threshold}}',
      roles: { recipient: 'Tenestemottakarar', provider: 'Tenesteytarar', leader: 'Tenesteleiarar' },
    },
    types: {
      heading: 'Aktivitetstypar', key: 'Nøkkel', label: 'Namn', duration: 'Varigheit (min)', mode: 'Form', recorded: 'Vert teke opp', participants: 'Kven deltek', produces: 'Gjev',
      edit: 'Endre standardverdiar for ein type', builtIn: 'Innebygd', own: 'Prosjektet sin eigen', add: 'Legg til type', labelNb: 'Namn (bokmål)', labelNn: 'Namn (nynorsk)', labelEn: 'Namn (engelsk)', capacity: 'Plassar',
    },
    add: { heading: 'Legg til aktivitet', type: 'Type', municipality: 'Kommune', title: 'Tittel (valfri)', button: 'Legg til' },
    errors: {
      unknownType: 'Aktivitetstypen finst ikkje i prosjektet.', typeExists: 'Det finst alt ein aktivitetstype med denne nøkkelen.',
      selfDependency: 'Ein aktivitet kan ikkje kome etter seg sjølv.', unknownActivity: 'Aktiviteten finst ikkje i prosjektet.',
      noMunicipalities: 'Prosjektet har ingen deltakarkommunar enno. Legg dei til først.',
      endBeforeStart: 'Slutten må vere etter starten. Ingenting er lagra.', cancelled: 'Aktiviteten er avlyst og kan ikkje endrast.',
      alreadyHeld: 'Aktiviteten er gjennomført og kan ikkje avlysast.', notScheduled: 'Aktiviteten har ikkje noko tidspunkt enno.', notStarted: 'Aktiviteten har ikkje byrja enno.',
      minutesNotDocx: '«{{fileName}}» er ikkje ei .docx-fil. Last opp referatet som Word-dokument (.docx).',
      serviceNotInMunicipality: 'Tenesta høyrer ikkje til kommunen til aktiviteten.', noFile: 'Vel ei fil.',
    },
  },
};
