import type { codesignNb } from './nb.js';

// Nynorsk strings for co-design (EBCD); spread into ../nn.ts.
export const codesignNn: typeof codesignNb = {
  codesign: {
    tabs: { overview: 'Oversikt', touchpoints: 'Berøringspunkt', map: 'Kjenslekart', material: 'Tilbakemeldingsmateriale', targetAreas: 'Målområde', thread: 'Den raude tråden' },
    roles: { recipient: 'Tenestemottakar', provider: 'Tenesteytar', leader: 'Leiar' },
    rolesPlural: { recipient: 'Tenestemottakarar', provider: 'Tenesteytarar', leader: 'Leiarar' },
    stage: { first_contact: 'Første kontakt', getting_help: 'Å få hjelp', everyday_support: 'Oppfølging i kvardagen', setbacks: 'Tilbakeslag', moving_on: 'Vidare i livet' },
    valence: { '-2': 'Svært negativt', '-1': 'Negativt', '0': 'Nøytralt', '1': 'Positivt', '2': 'Svært positivt' },
    emotion: {
      afraid: 'redd', ashamed: 'skamfull', angry: 'sint', lonely: 'einsam', frustrated: 'frustrert', uncertain: 'usikker', tired: 'sliten',
      neutral: 'nøytral', relieved: 'letta', hopeful: 'håpefull', welcome: 'velkomen', respected: 'respektert', safe: 'trygg', grateful: 'takksam',
    },
    ebcd: {
      heading: 'EBCD-steg per kommune',
      intro: 'Steget er utleidd av aktivitetane som er gjennomførte: intervju → tilbakemeldingsmøte → fellesmøte → samskapingsverkstad → kurs → avslutning.',
      stage: 'Steg nådd', municipality: 'Kommune', next: 'Neste steg',
      stages: { none: 'Ikkje starta', interviews: 'Intervju', feedback_meetings: 'Tilbakemeldingsmøte', joint_meeting: 'Fellesmøte', codesign_workshop: 'Samskapingsverkstad', course: 'Kurs', closing: 'Avslutning' },
      counts: '{{touchpoints}} berøringspunkt, {{targetAreas}} målområde',
    },
    overview: { heading: 'Samskaping (EBCD)', intro: 'Frå intervjua til kurset: berøringspunkt med kjensler, tilbakemeldingsmøte, målområde og kursmodular – og den raude tråden mellom dei.' },
    touchpoints: {
      heading: 'Berøringspunkt', intro: 'Koda intervjusegment markerte som augneblinkar i tenestereisa. Marker nye frå eit dokument under Analyse.',
      mark: 'Marker som berøringspunkt', edit: 'Endre berøringspunkt', remove: 'Fjern berøringspunkt', saved: 'Berøringspunktet er lagra.', removed: 'Berøringspunktet er fjerna.',
      stage: 'Steg i reisa', role: 'Kven opplevde det', roleFromDocument: 'Frå dokumentet', valence: 'Kjensle (frå svært negativt til svært positivt)', emotion: 'Kjensleord', note: 'Notat (valfritt)',
      segment: 'Segment', quote: 'Sitat', document: 'Dokument', municipality: 'Kommune', pooled: 'Alle kommunar (samla)', filterRole: 'Rolle', allRoles: 'Alle roller',
      empty: 'Ingen berøringspunkt enno.', count: '{{n}} berøringspunkt', inDocument: 'Berøringspunkt i dette dokumentet', fromCodingIntro: 'Marker eit koda segment som eit augeblikk i tenestereisa: steg, kven som opplevde det og kjensla. Segmentet du nettopp koda, er valt. {{n}} segment i dokumentet er markerte.', noSegments: 'Kod eit segment først, så kan du markere det som berøringspunkt.', save: 'Lagre berøringspunkt',
      addStage: 'Legg til steg', stageName: 'Namn på nytt steg (bokmål)', stageNameNn: 'Namn (nynorsk)', stageNameEn: 'Namn (engelsk)', stageAdded: 'Steget er lagt til.',
    },
    map: {
      title: 'Kjenslekart', description: 'Dei {{stages}} stega i reisa frå venstre til høgre; {{points}} berøringspunkt plasserte etter kjensle, tenestemottakarar og tilsette side om side. {{hidden}} små celler er skjulte.',
      stage: 'Steg', role: 'Rolle', count: 'Tal', meanValence: 'Gjennomsnittleg kjensle', suppressed: 'skjult (lita celle)', suppressedMark: '* skjult: for få til å visast',
      suppressingNote: 'Celler med færre enn {{threshold}} berøringspunkt er skjulte.', quotes: 'Sitat på kartet', openQuote: 'Vis sitat {{n}}', download: 'Last ned kartet (SVG, små celler skjulte)',
      selected: 'Valt berøringspunkt', none: 'Ingen berøringspunkt å vise.',
    },
    material: {
      heading: 'Materiale til tilbakemeldingsmøte', intro: 'Set saman berøringspunkt og sitat («trigger»-materialet) for eit møte og vis dei på storskjerm.',
      newSet: 'Nytt materiale', title: 'Tittel', activity: 'Møte', filmUrl: 'Lenkje til redigert film eller lyd (valfritt)', create: 'Opprett', created: 'Materialet er oppretta.',
      items: 'Innhald', addTouchpoint: 'Legg til berøringspunkt', addQuote: 'Legg til', caption: 'Bilettekst (valfri)', remove: 'Fjern', moveUp: 'Flytt opp', moveDown: 'Flytt ned',
      present: 'Vis på storskjerm', empty: 'Ikkje noko materiale enno.', noItems: 'Ingen element enno. Legg til berøringspunkt under.', film: 'Film eller lyd', openFilm: 'Opne filmen',
      slide: 'Lysbilete {{n}} av {{total}}', previous: 'Førre', next: 'Neste', exit: 'Lukk storskjermvisinga', keys: 'Bruk piltastane eller mellomromstasten for å bla.', chooseSet: 'Vel materiale',
      deleteSet: 'Slett materialet', deleted: 'Materialet er sletta.', itemCount: '{{n}} element',
    },
    targetAreas: {
      heading: 'Målområde', intro: 'Gjer dei høgast prioriterte punkta frå eit møte om til målområde for kommunen eller heile prosjektet. Kvart målområde held på røystene, berøringspunkta og sitata bak seg.',
      create: 'Nytt målområde', title: 'Målområde', description: 'Skildring (valfritt)', scope: 'Gjeld', programmeWide: 'Heile prosjektet', activity: 'Frå møte (valfritt)', none: 'Ingen',
      touchpoints: 'Berøringspunkt bak', quotes: 'Sitat bak', votes: 'Røyster', votesByRole: 'Røyster per rolle', total: 'Totalt', save: 'Lagre målområde', saved: 'Målområdet er lagra.',
      empty: 'Ingen målområde enno.', fromBoard: 'Frå tavla', fromBoardIntro: 'Dei øvste punkta frå tavla, med røyster per rolle. Vel kva som skal bli målområde.', topN: 'Ta med dei {{n}} øvste',
      makeTargets: 'Gjer til målområde', createdMany: '{{n}} målområde er oppretta.', manualVotes: 'Røyster (valfritt, når tavla ikkje er i Varde)', label: 'Punkt på tavla',
      remove: 'Slett målområdet', removed: 'Målområdet er sletta.', suppressed: 'skjult (lita celle)', thread: 'Følg den raude tråden', linkTouchpoints: 'Kople berøringspunkt',
    },
    thread: {
      heading: 'Den raude tråden', intro: 'Frå sitat via berøringspunkt og røyst til målområde og kursmodul – og tilbake. Dette er dokumentasjonen for indikator (iii) og mål a).',
      from: 'Start frå', fromQuote: 'Eit sitat', fromModule: 'Ein kursmodul', fromTargetArea: 'Eit målområde', quote: 'Sitat', touchpoint: 'Berøringspunkt', vote: 'Røyst', targetArea: 'Målområde', module: 'Kursmodul',
      noModules: 'Ingen kursmodular svarar på dette målområdet enno.', noTargetAreas: 'Dette er ikkje kopla til noko målområde enno.', pick: 'Vel', chain: 'Kjeda', modules: 'Kursmodular', experiences: 'Erfaringane bak',
      empty: 'Ingenting å følgje enno.',
    },
    freeText: { touchpointNote: 'Notat på berøringspunkt', materialTitle: 'Tittel på tilbakemeldingsmateriale', materialCaption: 'Bilettekst i tilbakemeldingsmateriale', targetAreaTitle: 'Målområde', targetAreaDescription: 'Skildring av målområde', voteLabel: 'Punkt bak målområde' },
    errors: {
      unknownEmotion: 'Vel eit kjensleord frå lista.', roleNeeded: 'Vel kven som opplevde det: dokumentet har ikkje éi rolle.', notInMeeting: 'Målområdet og møtet må høyre til same kommune.',
      emptyTargets: 'Vel minst eitt punkt.', sourceNeeded: 'Vel eit berøringspunkt eller eit sitat.', tooLong: 'Teksten er for lang (høgst {{max}} teikn).',
    },
  },
};
