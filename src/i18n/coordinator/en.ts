// Issue 15 (coordinator paths): adding activities, the grouped timeline, cancelling, ethics approvals.
export const coordinatorEn = {
  coordinator: {
    add: {
      open: 'Add activity', close: 'Close the form',
      done: '“{{name}}” was added ({{place}}, not scheduled yet). It is listed under “Not scheduled” below.', openIt: 'Open the activity',
    },
    timeline: {
      groupBy: 'Group by', byMunicipality: 'Municipality', byStage: 'Stage (activity type)', otherStage: 'Other activity',
      count_one: '{{count}} activity', count_other: '{{count}} activities',
      groupCaption: '{{group}}: activities in time order', unscheduledCaption: 'Activities without a time', noneScheduled: 'No activity is scheduled yet.',
    },
    cancel: {
      heading: 'Cancel the activity', intro: 'Cancelling is not saving changes: the invitees are told, and the activity counts as cancelled.',
      reason: 'Reason (shown to the invitees)', button: 'Cancel the activity …', confirm: 'Cancel “{{name}}”? The invitees will be told it is cancelled.',
      confirmButton: 'Yes, cancel', done: '“{{name}}” is cancelled.',
    },
    produces: { recording: 'Audio recording', transcript: 'Transcript', priority_list: 'Priority areas', agenda: 'Agenda', minutes: 'Minutes', target_areas: 'Target areas', training_material: 'Training material', evaluation_forms: 'Evaluation forms', pre_post_questionnaire: 'Pre/post questionnaire', feedback_on_results: 'Feedback on results', decisions: 'Decisions' },
    attributes: { source: 'Source', harvest: 'Harvest' },
    attributeValues: { source: { improvement: 'Improvement work' }, harvest: { cafe: 'Café dialogue', group_work: 'Group work', user_interview: 'User interview' } },
    tasks: { heading: 'What to do', invite: 'Invite', attendance: 'Take attendance', minutes: 'Write minutes' },
  },
  ethics: {
    heading: 'Ethics approvals', intro: 'Applications to and decisions of ethics committees (REK, a university’s committee): reference, date, conditions and document.',
    committee: 'Committee', reference: 'Reference', status: 'Status', decidedOn: 'Date of decision', conditions: 'Conditions', covers: 'Covers', document: 'Document',
    add: 'Register approval', save: 'Save', saved: 'The approval is saved.', empty: 'No approval is registered.', attach: 'Attach the decision', download: 'Download',
    statuses: { planned: 'Planned', pending: 'Applied, awaiting decision', approved: 'Approved', rejected: 'Rejected' },
    collections: { linked_surveys: 'Surveys linked to participant codes', transcripts: 'Importing transcripts', recordings: 'Audio recordings' },
    waitHeading: 'Data collection that waits for approval', waitIntro: 'What is ticked is stopped, with an explanation, until an approved approval covering it is registered.',
    waitSave: 'Save the choice', waitSaved: 'The choice is saved.', blocked: 'Waiting for approval',
    errors: {
      decidedOnRequired: 'Enter the date of the decision.',
      waiting: {
        linked_surveys: 'Surveys linked to participant codes wait for ethics approval. Register the approval under Settings → Ethics approvals first.',
        transcripts: 'Importing transcripts waits for ethics approval. Register the approval under Settings → Ethics approvals first.',
        recordings: 'Audio recordings wait for ethics approval. Register the approval under Settings → Ethics approvals first.',
      },
    },
  },
};
