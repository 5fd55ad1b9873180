// Issue 15 (coordinator paths): leggje til aktivitetar, tidslina i grupper, avlysing, etiske godkjenningar.
export const coordinatorNn = {
  coordinator: {
    add: {
      open: 'Legg til aktivitet', close: 'Lukk skjemaet',
      done: '«{{name}}» er lagd til ({{place}}, ikkje tidfesta enno). Han står under «Ikkje tidfesta» nedanfor.', openIt: 'Opne aktiviteten',
    },
    timeline: {
      groupBy: 'Grupper etter', byMunicipality: 'Kommune', byStage: 'Fase (aktivitetstype)', otherStage: 'Anna aktivitet',
      count_one: '{{count}} aktivitet', count_other: '{{count}} aktivitetar',
      groupCaption: '{{group}}: aktivitetar i tidsrekkjefølgje', unscheduledCaption: 'Aktivitetar utan tidspunkt', noneScheduled: 'Ingen aktivitetar er tidfesta enno.',
    },
    cancel: {
      heading: 'Avlys aktiviteten', intro: 'Avlysing er noko anna enn å lagre endringar: dei inviterte får melding, og aktiviteten blir rekna som avlyst.',
      reason: 'Grunn (blir vist for dei inviterte)', button: 'Avlys aktiviteten …', confirm: 'Vil du avlyse «{{name}}»? Dei inviterte får melding om avlysinga.',
      confirmButton: 'Ja, avlys', done: '«{{name}}» er avlyst.',
    },
    produces: { recording: 'Lydopptak', transcript: 'Transkripsjon', priority_list: 'Prioriterte område', agenda: 'Agenda', minutes: 'Referat', target_areas: 'Målområde', training_material: 'Opplæringsmateriell', evaluation_forms: 'Evalueringsskjema', pre_post_questionnaire: 'Før- og etterundersøking', feedback_on_results: 'Tilbakemelding på resultat', decisions: 'Vedtak' },
    attributes: { source: 'Kjelde', harvest: 'Hausting' },
    attributeValues: { source: { improvement: 'Forbetringsarbeid' }, harvest: { cafe: 'Kafédialog', group_work: 'Gruppearbeid', user_interview: 'Intervju med brukar' } },
    tasks: { heading: 'Kva skal gjerast', invite: 'Inviter', attendance: 'Registrer oppmøte', minutes: 'Skriv referat' },
  },
  ethics: {
    heading: 'Etiske godkjenningar', intro: 'Søknader og vedtak frå etiske komitear (REK, etikkomiteen ved eit universitet): referanse, dato, vilkår og dokument.',
    committee: 'Komité', reference: 'Referanse', status: 'Status', decidedOn: 'Vedtaksdato', conditions: 'Vilkår', covers: 'Gjeld', document: 'Dokument',
    add: 'Registrer godkjenning', save: 'Lagre', saved: 'Godkjenninga er lagra.', empty: 'Ingen godkjenningar er registrerte.', attach: 'Legg ved vedtaket', download: 'Last ned',
    statuses: { planned: 'Planlagd', pending: 'Søkt, ventar på svar', approved: 'Godkjend', rejected: 'Avslått' },
    collections: { linked_surveys: 'Undersøkingar knytte til deltakarkodar', transcripts: 'Import av transkripsjonar', recordings: 'Lydopptak' },
    waitHeading: 'Datainnsamling som ventar på godkjenning', waitIntro: 'Det som er kryssa av, blir stoppa med ei forklaring til ei godkjend godkjenning som gjeld det er registrert.',
    waitSave: 'Lagre valet', waitSaved: 'Valet er lagra.', blocked: 'Ventar på godkjenning',
    errors: {
      decidedOnRequired: 'Skriv datoen for vedtaket.',
      waiting: {
        linked_surveys: 'Undersøkingar knytte til deltakarkodar ventar på etisk godkjenning. Registrer godkjenninga under Innstillingar → Etiske godkjenningar først.',
        transcripts: 'Import av transkripsjonar ventar på etisk godkjenning. Registrer godkjenninga under Innstillingar → Etiske godkjenningar først.',
        recordings: 'Lydopptak ventar på etisk godkjenning. Registrer godkjenninga under Innstillingar → Etiske godkjenningar først.',
      },
    },
  },
};
