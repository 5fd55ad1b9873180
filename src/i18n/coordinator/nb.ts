// Issue 15 (coordinator paths): adding activities, the grouped timeline, cancelling, ethics approvals.
export const coordinatorNb = {
  coordinator: {
    add: {
      open: 'Legg til aktivitet', close: 'Lukk skjemaet',
      done: '«{{name}}» er lagt til ({{place}}, ikke tidfestet ennå). Den står under «Ikke tidfestet» nedenfor.', openIt: 'Åpne aktiviteten',
    },
    timeline: {
      groupBy: 'Grupper etter', byMunicipality: 'Kommune', byStage: 'Fase (aktivitetstype)', otherStage: 'Annen aktivitet',
      count_one: '{{count}} aktivitet', count_other: '{{count}} aktiviteter',
      groupCaption: '{{group}}: aktiviteter i tidsrekkefølge', unscheduledCaption: 'Aktiviteter uten tidspunkt', noneScheduled: 'Ingen aktiviteter er tidfestet ennå.',
    },
    cancel: {
      heading: 'Avlys aktiviteten', intro: 'Avlysning er noe annet enn å lagre endringer: de inviterte får beskjed, og aktiviteten telles som avlyst.',
      reason: 'Grunn (vises for de inviterte)', button: 'Avlys aktiviteten …', confirm: 'Vil du avlyse «{{name}}»? De inviterte får beskjed om avlysningen.',
      confirmButton: 'Ja, avlys', done: '«{{name}}» er avlyst.',
    },
    produces: { recording: 'Lydopptak', transcript: 'Transkripsjon', priority_list: 'Prioriterte områder', agenda: 'Agenda', minutes: 'Referat', target_areas: 'Målområder', training_material: 'Opplæringsmateriell', evaluation_forms: 'Evalueringsskjema', pre_post_questionnaire: 'Før- og etterundersøkelse', feedback_on_results: 'Tilbakemelding på resultater', decisions: 'Vedtak' },
    attributes: { source: 'Kilde', harvest: 'Høsting' },
    attributeValues: { source: { improvement: 'Forbedringsarbeid' }, harvest: { cafe: 'Kafédialog', group_work: 'Gruppearbeid', user_interview: 'Intervju med bruker' } },
    tasks: { heading: 'Hva skal gjøres', invite: 'Inviter', attendance: 'Registrer oppmøte', minutes: 'Skriv referat' },
  },
  ethics: {
    heading: 'Etiske godkjenninger', intro: 'Søknader og vedtak fra etiske komiteer (REK, et universitets etikkomité): referanse, dato, vilkår og dokument.',
    committee: 'Komité', reference: 'Referanse', status: 'Status', decidedOn: 'Vedtaksdato', conditions: 'Vilkår', covers: 'Gjelder', document: 'Dokument',
    add: 'Registrer godkjenning', save: 'Lagre', saved: 'Godkjenningen er lagret.', empty: 'Ingen godkjenninger er registrert.', attach: 'Legg ved vedtaket', download: 'Last ned',
    statuses: { planned: 'Planlagt', pending: 'Søkt, venter på svar', approved: 'Godkjent', rejected: 'Avslått' },
    collections: { linked_surveys: 'Undersøkelser knyttet til deltakerkoder', transcripts: 'Import av transkripsjoner', recordings: 'Lydopptak' },
    waitHeading: 'Datainnsamling som venter på godkjenning', waitIntro: 'Det som er krysset av, stoppes med en forklaring til en godkjent godkjenning som gjelder det er registrert.',
    waitSave: 'Lagre valget', waitSaved: 'Valget er lagret.', blocked: 'Venter på godkjenning',
    errors: {
      decidedOnRequired: 'Skriv datoen for vedtaket.',
      waiting: {
        linked_surveys: 'Undersøkelser knyttet til deltakerkoder venter på etisk godkjenning. Registrer godkjenningen under Innstillinger → Etiske godkjenninger først.',
        transcripts: 'Import av transkripsjoner venter på etisk godkjenning. Registrer godkjenningen under Innstillinger → Etiske godkjenninger først.',
        recordings: 'Lydopptak venter på etisk godkjenning. Registrer godkjenningen under Innstillinger → Etiske godkjenninger først.',
      },
    },
  },
};
