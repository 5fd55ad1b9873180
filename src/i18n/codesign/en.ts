import type { codesignNb } from './nb.js';

// English strings for co-design (EBCD); spread into ../en.ts.
export const codesignEn: typeof codesignNb = {
  codesign: {
    tabs: { overview: 'Overview', touchpoints: 'Touchpoints', map: 'Emotional map', material: 'Feedback material', targetAreas: 'Target areas', thread: 'Golden thread' },
    roles: { recipient: 'Service user', provider: 'Service provider', leader: 'Manager' },
    rolesPlural: { recipient: 'Service users', provider: 'Service providers', leader: 'Managers' },
    stage: { first_contact: 'First contact', getting_help: 'Getting help', everyday_support: 'Everyday support', setbacks: 'Setbacks', moving_on: 'Moving on' },
    valence: { '-2': 'Very negative', '-1': 'Negative', '0': 'Neutral', '1': 'Positive', '2': 'Very positive' },
    emotion: {
      afraid: 'afraid', ashamed: 'ashamed', angry: 'angry', lonely: 'lonely', frustrated: 'frustrated', uncertain: 'uncertain', tired: 'worn out',
      neutral: 'neutral', relieved: 'relieved', hopeful: 'hopeful', welcome: 'welcome', respected: 'respected', safe: 'safe', grateful: 'grateful',
    },
    ebcd: {
      heading: 'EBCD stage per municipality',
      intro: 'The stage follows from the activities held: interviews → feedback meetings → joint meeting → co-design workshop → course → closing event.',
      stage: 'Stage reached', municipality: 'Municipality', next: 'Next stage',
      stages: { none: 'Not started', interviews: 'Interviews', feedback_meetings: 'Feedback meetings', joint_meeting: 'Joint meeting', codesign_workshop: 'Co-design workshop', course: 'Course', closing: 'Closing event' },
      counts: '{{touchpoints}} touchpoints, {{targetAreas}} target areas',
    },
    overview: { heading: 'Co-design (EBCD)', intro: 'From the interviews to the course: touchpoints with emotions, feedback meetings, target areas and course modules – and the golden thread between them.' },
    touchpoints: {
      heading: 'Touchpoints', intro: 'Coded interview segments marked as moments in the service journey. Mark new ones from a document under Analysis.',
      mark: 'Mark as touchpoint', edit: 'Change touchpoint', remove: 'Remove touchpoint', saved: 'The touchpoint was saved.', removed: 'The touchpoint was removed.',
      stage: 'Journey stage', role: 'Who experienced it', roleFromDocument: 'From the document', valence: 'Emotion (from very negative to very positive)', emotion: 'Emotion word', note: 'Note (optional)',
      segment: 'Segment', quote: 'Quote', document: 'Document', municipality: 'Municipality', pooled: 'All municipalities (pooled)', filterRole: 'Role', allRoles: 'All roles',
      empty: 'No touchpoints yet.', count: '{{n}} touchpoints', inDocument: 'Touchpoints in this document', fromCodingIntro: 'Mark a coded segment as a moment in the service journey: stage, who experienced it and the emotion. The segment you just coded is selected. {{n}} segments in this document are marked.', noSegments: 'Code a segment first; then you can mark it as a touchpoint.', save: 'Save touchpoint',
      addStage: 'Add stage', stageName: 'Name of the new stage (Bokmål)', stageNameNn: 'Name (Nynorsk)', stageNameEn: 'Name (English)', stageAdded: 'The stage was added.',
    },
    map: {
      title: 'Emotional map', description: "The journey's {{stages}} stages from left to right; {{points}} touchpoints placed by emotion, service users and staff side by side. {{hidden}} small cells are hidden.",
      stage: 'Stage', role: 'Role', count: 'Count', meanValence: 'Mean emotion', suppressed: 'hidden (small cell)', suppressedMark: '* hidden: too few to show',
      suppressingNote: 'Cells with fewer than {{threshold}} touchpoints are hidden.', quotes: 'Quotes on the map', openQuote: 'Show quote {{n}}', download: 'Download the map (SVG, small cells hidden)',
      selected: 'Selected touchpoint', none: 'No touchpoints to show.',
    },
    material: {
      heading: 'Material for feedback meetings', intro: 'Put together touchpoints and quotes (the "trigger" material) for a meeting and show them on the projector.',
      newSet: 'New material', title: 'Title', activity: 'Meeting', filmUrl: 'Link to an edited film or audio (optional)', create: 'Create', created: 'The material was created.',
      items: 'Content', addTouchpoint: 'Add touchpoint', addQuote: 'Add', caption: 'Caption (optional)', remove: 'Remove', moveUp: 'Move up', moveDown: 'Move down',
      present: 'Show on projector', empty: 'No material yet.', noItems: 'No items yet. Add touchpoints below.', film: 'Film or audio', openFilm: 'Open the film',
      slide: 'Slide {{n}} of {{total}}', previous: 'Previous', next: 'Next', exit: 'Close projector view', keys: 'Use the arrow keys or the space bar to move on.', chooseSet: 'Choose material',
      deleteSet: 'Delete the material', deleted: 'The material was deleted.', itemCount: '{{n}} items',
    },
    targetAreas: {
      heading: 'Target areas', intro: "Turn a meeting's top priorities into target areas for the municipality or the whole programme. Each target area keeps the votes, touchpoints and quotes behind it.",
      create: 'New target area', title: 'Target area', description: 'Description (optional)', scope: 'Applies to', programmeWide: 'Whole programme', activity: 'From meeting (optional)', none: 'None',
      touchpoints: 'Touchpoints behind it', quotes: 'Quotes behind it', votes: 'Votes', votesByRole: 'Votes per role', total: 'Total', save: 'Save target area', saved: 'The target area was saved.',
      empty: 'No target areas yet.', fromBoard: 'From the board', fromBoardIntro: 'The top items of the board, with votes per role. Choose which become target areas.', topN: 'Take the top {{n}}',
      makeTargets: 'Make target areas', createdMany: '{{n}} target areas were created.', manualVotes: 'Votes (optional, when the board is not in Varde)', label: 'Board item',
      remove: 'Delete the target area', removed: 'The target area was deleted.', suppressed: 'hidden (small cell)', thread: 'Follow the golden thread', linkTouchpoints: 'Link touchpoints',
    },
    thread: {
      heading: 'The golden thread', intro: 'From a quote via a touchpoint and a vote to a target area and a course module – and back. The evidence for indicator (iii) and goal a).',
      from: 'Start from', fromQuote: 'A quote', fromModule: 'A course module', fromTargetArea: 'A target area', quote: 'Quote', touchpoint: 'Touchpoint', vote: 'Vote', targetArea: 'Target area', module: 'Course module',
      noModules: 'No course module answers this target area yet.', noTargetAreas: 'This is not linked to a target area yet.', pick: 'Choose', chain: 'The chain', modules: 'Course modules', experiences: 'The experiences behind it',
      empty: 'Nothing to follow yet.',
    },
    freeText: { touchpointNote: 'Touchpoint note', materialTitle: 'Feedback material title', materialCaption: 'Feedback material caption', targetAreaTitle: 'Target area', targetAreaDescription: 'Target area description', voteLabel: 'Item behind a target area' },
    errors: {
      unknownEmotion: 'Choose an emotion word from the list.', roleNeeded: 'Choose who experienced it: the document has no single role.', notInMeeting: 'The target area and the meeting must belong to the same municipality.',
      emptyTargets: 'Choose at least one item.', sourceNeeded: 'Choose a touchpoint or a quote.', tooLong: 'The text is too long (at most {{max}} characters).',
    },
  },
};
