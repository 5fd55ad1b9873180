// Bokmål strings for co-design (EBCD); spread into ../nb.ts. Other co-design helpers spread their own
// files into `codesign` below (one import + one spread line each).
export const codesignNb = {
  codesign: {
    tabs: { overview: 'Oversikt', touchpoints: 'Berøringspunkter', map: 'Følelseskart', material: 'Tilbakemeldingsmateriale', targetAreas: 'Målområder', thread: 'Den røde tråden' },
    roles: { recipient: 'Tjenestemottaker', provider: 'Tjenesteyter', leader: 'Leder' },
    rolesPlural: { recipient: 'Tjenestemottakere', provider: 'Tjenesteytere', leader: 'Ledere' },
    stage: { first_contact: 'Første kontakt', getting_help: 'Å få hjelp', everyday_support: 'Oppfølging i hverdagen', setbacks: 'Tilbakeslag', moving_on: 'Videre i livet' },
    valence: { '-2': 'Svært negativt', '-1': 'Negativt', '0': 'Nøytralt', '1': 'Positivt', '2': 'Svært positivt' },
    emotion: {
      afraid: 'redd', ashamed: 'skamfull', angry: 'sint', lonely: 'ensom', frustrated: 'frustrert', uncertain: 'usikker', tired: 'sliten',
      neutral: 'nøytral', relieved: 'lettet', hopeful: 'håpefull', welcome: 'velkommen', respected: 'respektert', safe: 'trygg', grateful: 'takknemlig',
    },
    ebcd: {
      heading: 'EBCD-trinn per kommune',
      intro: 'Trinnet er utledet av aktivitetene som er gjennomført: intervjuer → tilbakemeldingsmøter → fellesmøte → samskapingsverksted → kurs → avslutning.',
      stage: 'Trinn nådd', municipality: 'Kommune', next: 'Neste trinn',
      stages: { none: 'Ikke startet', interviews: 'Intervjuer', feedback_meetings: 'Tilbakemeldingsmøter', joint_meeting: 'Fellesmøte', codesign_workshop: 'Samskapingsverksted', course: 'Kurs', closing: 'Avslutning' },
      counts: '{{touchpoints}} berøringspunkter, {{targetAreas}} målområder',
    },
    overview: { heading: 'Samskaping (EBCD)', intro: 'Fra intervjuene til kurset: berøringspunkter med følelser, tilbakemeldingsmøter, målområder og kursmoduler – og den røde tråden mellom dem.' },
    touchpoints: {
      heading: 'Berøringspunkter', intro: 'Kodede intervjusegmenter markert som øyeblikk i tjenestereisen. Marker nye fra et dokument under Analyse.',
      mark: 'Marker som berøringspunkt', edit: 'Endre berøringspunkt', remove: 'Fjern berøringspunkt', saved: 'Berøringspunktet er lagret.', removed: 'Berøringspunktet er fjernet.',
      stage: 'Steg i reisen', role: 'Hvem opplevde det', roleFromDocument: 'Fra dokumentet', valence: 'Følelse (fra svært negativt til svært positivt)', emotion: 'Følelsesord', note: 'Notat (valgfritt)',
      segment: 'Segment', quote: 'Sitat', document: 'Dokument', municipality: 'Kommune', pooled: 'Alle kommuner (samlet)', filterRole: 'Rolle', allRoles: 'Alle roller',
      empty: 'Ingen berøringspunkter ennå.', count: '{{n}} berøringspunkter', inDocument: 'Berøringspunkter i dette dokumentet', fromCodingIntro: 'Marker et kodet segment som et øyeblikk i tjenestereisen: steg, hvem som opplevde det og følelsen. Segmentet du nettopp kodet, er valgt. {{n}} segmenter i dokumentet er markert.', noSegments: 'Kod et segment først, så kan du markere det som berøringspunkt.', save: 'Lagre berøringspunkt',
      addStage: 'Legg til steg', stageName: 'Navn på nytt steg (bokmål)', stageNameNn: 'Navn (nynorsk)', stageNameEn: 'Navn (engelsk)', stageAdded: 'Steget er lagt til.',
    },
    map: {
      title: 'Følelseskart', description: 'Reisens {{stages}} steg fra venstre til høyre; {{points}} berøringspunkter plassert etter følelse, tjenestemottakere og ansatte side om side. {{hidden}} små celler er skjult.',
      stage: 'Steg', role: 'Rolle', count: 'Antall', meanValence: 'Gjennomsnittlig følelse', suppressed: 'skjult (liten celle)', suppressedMark: '* skjult: for få til å vises',
      suppressingNote: 'Celler med færre enn {{threshold}} berøringspunkter er skjult.', quotes: 'Sitater på kartet', openQuote: 'Vis sitat {{n}}', download: 'Last ned kartet (SVG, små celler skjult)',
      selected: 'Valgt berøringspunkt', none: 'Ingen berøringspunkter å vise.',
    },
    material: {
      heading: 'Materiale til tilbakemeldingsmøter', intro: 'Sett sammen berøringspunkter og sitater («trigger»-materialet) for et møte og vis dem på storskjerm.',
      newSet: 'Nytt materiale', title: 'Tittel', activity: 'Møte', filmUrl: 'Lenke til redigert film eller lyd (valgfritt)', create: 'Opprett', created: 'Materialet er opprettet.',
      items: 'Innhold', addTouchpoint: 'Legg til berøringspunkt', addQuote: 'Legg til', caption: 'Bildetekst (valgfri)', remove: 'Fjern', moveUp: 'Flytt opp', moveDown: 'Flytt ned',
      present: 'Vis på storskjerm', empty: 'Ikke noe materiale ennå.', noItems: 'Ingen elementer ennå. Legg til berøringspunkter under.', film: 'Film eller lyd', openFilm: 'Åpne filmen',
      slide: 'Lysbilde {{n}} av {{total}}', previous: 'Forrige', next: 'Neste', exit: 'Lukk storskjermvisning', keys: 'Bruk piltastene eller mellomromstasten for å bla.', chooseSet: 'Velg materiale',
      deleteSet: 'Slett materialet', deleted: 'Materialet er slettet.', itemCount: '{{n}} elementer',
    },
    targetAreas: {
      heading: 'Målområder', intro: 'Gjør de høyest prioriterte punktene fra et møte om til målområder for kommunen eller hele prosjektet. Hvert målområde beholder stemmene, berøringspunktene og sitatene bak seg.',
      create: 'Nytt målområde', title: 'Målområde', description: 'Beskrivelse (valgfritt)', scope: 'Gjelder', programmeWide: 'Hele prosjektet', activity: 'Fra møte (valgfritt)', none: 'Ingen',
      touchpoints: 'Berøringspunkter bak', quotes: 'Sitater bak', votes: 'Stemmer', votesByRole: 'Stemmer per rolle', total: 'Totalt', save: 'Lagre målområde', saved: 'Målområdet er lagret.',
      empty: 'Ingen målområder ennå.', fromBoard: 'Fra tavlen', fromBoardIntro: 'De øverste punktene fra tavlen, med stemmer per rolle. Velg hvilke som skal bli målområder.', topN: 'Ta med de {{n}} øverste',
      makeTargets: 'Gjør til målområder', createdMany: '{{n}} målområder er opprettet.', manualVotes: 'Stemmer (valgfritt, når tavlen ikke er i Varde)', label: 'Punkt på tavlen',
      remove: 'Slett målområdet', removed: 'Målområdet er slettet.', suppressed: 'skjult (liten celle)', thread: 'Følg den røde tråden', linkTouchpoints: 'Koble berøringspunkter',
    },
    thread: {
      heading: 'Den røde tråden', intro: 'Fra sitat via berøringspunkt og stemme til målområde og kursmodul – og tilbake. Dette er dokumentasjonen for indikator (iii) og mål a).',
      from: 'Start fra', fromQuote: 'Et sitat', fromModule: 'En kursmodul', fromTargetArea: 'Et målområde', quote: 'Sitat', touchpoint: 'Berøringspunkt', vote: 'Stemme', targetArea: 'Målområde', module: 'Kursmodul',
      noModules: 'Ingen kursmoduler svarer på dette målområdet ennå.', noTargetAreas: 'Dette er ikke koblet til noe målområde ennå.', pick: 'Velg', chain: 'Kjeden', modules: 'Kursmoduler', experiences: 'Erfaringene bak',
      empty: 'Ingenting å følge ennå.',
    },
    freeText: { touchpointNote: 'Notat på berøringspunkt', materialTitle: 'Tittel på tilbakemeldingsmateriale', materialCaption: 'Bildetekst i tilbakemeldingsmateriale', targetAreaTitle: 'Målområde', targetAreaDescription: 'Beskrivelse av målområde', voteLabel: 'Punkt bak målområde' },
    errors: {
      unknownEmotion: 'Velg et følelsesord fra listen.', roleNeeded: 'Velg hvem som opplevde det: dokumentet har ikke én rolle.', notInMeeting: 'Målområdet og møtet må høre til samme kommune.',
      emptyTargets: 'Velg minst ett punkt.', sourceNeeded: 'Velg et berøringspunkt eller et sitat.', tooLong: 'Teksten er for lang (høyst {{max}} tegn).',
    },
  },
};
