import type { activitiesNb } from './nb.js';

// English strings for activities; spread into ../en.ts.
export const activitiesEn: typeof activitiesNb = {
  activities: {
    title: 'Activities',
    tabs: { plan: 'Plan and timeline', indicators: 'Process indicators', types: 'Activity types' },
    variants: { recipient: 'service user', provider: 'service provider', recipients: 'service users', providers: 'service providers', joint: 'joint' },
    statuses: { planned: 'Planned', scheduled: 'Scheduled', held: 'Held', cancelled: 'Cancelled' },
    modes: { physical: 'In person', digital: 'Digital', hybrid: 'Hybrid' },
    programmeWide: 'Whole programme',
    allMunicipalities: 'All municipalities',
    municipalityFilter: 'Show municipality',
    generate: {
      heading: 'Create plan from template',
      template: 'Template',
      templates: { codesign: 'Co-design (EBCD): mapping, interviews, feedback meetings, workshop, course, follow-up', governance: 'Steering group and expert group (4 meetings each)', learning_network: 'Learning network: gatherings, improvement team meetings, focus groups' },
      button: 'Create plan',
      result: '{{created}} activities were created, {{existing}} already existed.',
      empty: 'No activities yet. Create a plan from a template.',
    },
    warnings: {
      heading: 'Order warnings',
      none: 'The order is not broken anywhere.',
      order: '“{{activity}}” starts before “{{other}}” has ended, but should come after it.',
      pilot_not_first: '“{{activity}}” is held before the pilot course “{{other}}”. The pilot course should be the first.',
    },
    timeline: {
      heading: 'Timeline', caption: 'Activities in time order', unscheduled: 'Not scheduled', showTable: 'Show as table', showChart: 'Show as timeline',
      activity: 'Activity', municipality: 'Municipality', when: 'When', status: 'Status', after: 'Comes after', warning: 'Warning',
      chartLabel: 'Timeline of {{count}} scheduled activities from {{from}} to {{to}}',
      legend: 'Arrows show the order activities must follow; a red dashed arrow is an order the schedule breaks.',
    },
    detail: {
      back: 'Back to the plan', heading: 'Details and order', save: 'Save details', addDependency: 'Must come after', type: 'Type', mode: 'Mode', duration: 'Duration', durationValue: '{{minutes}} min', location: 'Place', capacity: 'Seats',
      pilot: 'Pilot course (with an extra hour of evaluation)', dependsOn: 'Comes after', produces: 'Produces', recorded: 'Recorded', yes: 'Yes', no: 'No', unlimited: 'Unlimited',
    },
    schedule: {
      heading: 'Time', startsAt: 'Start', endsAt: 'End', save: 'Save time', saved: 'The time is saved.',
      cancel: 'Cancel the activity', cancelReason: 'Reason (optional)', confirmCancel: 'Cancel “{{activity}}”? The invitees will be told.', confirm: 'Confirm', abort: 'Go back',
      cancelled: 'The activity is cancelled.', markHeld: 'Mark as held', held: 'Marked as held.', confirmMove: 'Move “{{activity}}”? The invitees get an updated calendar invitation.',
    },
    agenda: {
      heading: 'Agenda', empty: 'The agenda is empty.', itemTitle: 'Item', notes: 'Note', minutes: 'Minutes', add: 'Add item', remove: 'Remove',
      carried: 'Follow-up points from earlier meetings (until closed)', carriedFrom: 'from meeting {{ordinal}}',
    },
    minutes: {
      heading: 'Minutes', text: 'Minutes', save: 'Save minutes', upload: 'Upload minutes (.docx)', uploadButton: 'Upload', saved: 'The minutes are saved and are also a document in the analysis.',
      none: 'No minutes yet.', source: { written: 'Written here', docx: 'Uploaded (.docx)' }, openInAnalysis: 'Open in the analysis', replaceNote: 'Saving again replaces the document in the analysis (with its codings).',
    },
    decisions: {
      heading: 'Decisions and follow-up points', kind: 'Kind', kinds: { decision: 'Decision', follow_up: 'Follow-up point' }, text: 'Text', owner: 'Owner', dueOn: 'Due',
      add: 'Add', close: 'Close', reopen: 'Reopen', closed: 'Closed', open: 'Open', empty: 'No decisions or follow-up points.', remove: 'Delete',
    },
    outputs: {
      heading: 'Results', kind: 'Kind', kinds: { priority_list: 'Priority areas (per service)', training_material: 'Training material', evaluation_forms: 'Evaluation forms', other: 'Other' },
      title: 'Title', service: 'Service', items: 'Items (one per line)', add: 'Record', empty: 'Nothing recorded.', remove: 'Delete',
    },
    indicators: {
      heading: 'Process indicators', scope: 'Scope', regularN: 'Came regularly = attended at least', regularSuffix: 'of the activities they were invited to',
      downloadCsv: 'Download CSV', downloadXlsx: 'Download Excel', showTable: 'The table behind the chart',
      planned: 'Planned', held: 'Held', cancelled: 'Cancelled', invited: 'Invited', attended: 'Attended', rate: 'Attendance', regular: 'Came regularly', total: 'Total',
      activityType: 'Activity type', role: 'Role', municipality: 'Municipality', value: 'Value', count: 'Count', notAvailable: 'not available',
      plannedVsHeld: 'Planned and held per activity type', invitedVsAttended: 'Invited and attended per role', regularChart: 'Came regularly per role',
      engagement: 'Engagement indicators',
      engagementI: 'i) Services that have mapped their practice and chosen priority areas', engagementII: 'ii) Participation in feedback meetings, workshops, courses and meetings', engagementIII: 'iii) Co-developed training material',
      mappedShort: 'i) Mapped', materialsShort: 'iii) Material', regularLabel: 'Came regularly: at least N times', regularHelp: 'N of the activities they were invited to',
      servicesMapped: '{{done}} of {{total}} services', materials: '{{count}} recorded', small: 'fewer than {{threshold}}',
      roles: { recipient: 'Service users', provider: 'Service providers', leader: 'Service leaders' },
    },
    types: {
      heading: 'Activity types', key: 'Key', label: 'Name', duration: 'Duration (min)', mode: 'Mode', recorded: 'Recorded', participants: 'Who takes part', produces: 'Produces',
      edit: 'Change a type’s defaults', builtIn: 'Built in', own: 'The programme’s own', add: 'Add type', labelNb: 'Name (Bokmål)', labelNn: 'Name (Nynorsk)', labelEn: 'Name (English)', capacity: 'Seats',
    },
    add: { heading: 'Add activity', type: 'Type', municipality: 'Municipality', title: 'Title (optional)', button: 'Add' },
    errors: {
      unknownType: 'The activity type does not exist in the programme.', typeExists: 'An activity type with this key already exists.',
      selfDependency: 'An activity cannot come after itself.', unknownActivity: 'The activity does not exist in the programme.',
      noMunicipalities: 'The programme has no participating municipalities yet. Add them first.',
      endBeforeStart: 'The end must be after the start. Nothing was saved.', cancelled: 'The activity is cancelled and cannot be changed.',
      alreadyHeld: 'The activity has been held and cannot be cancelled.', notScheduled: 'The activity has no time yet.', notStarted: 'The activity has not started yet.',
      minutesNotDocx: '“{{fileName}}” is not a .docx file. Upload the minutes as a Word document (.docx).',
      serviceNotInMunicipality: 'The service does not belong to the activity’s municipality.', noFile: 'Choose a file.',
    },
  },
};
