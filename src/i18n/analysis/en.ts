import type { Messages } from '../nb.js';
import type { analysisErrorsNb } from './nb.js';

// English strings for qualitative analysis (spread into ../en.ts).
export const analysisErrorsEn: Record<keyof typeof analysisErrorsNb, string> = {
  transcriptBadTimestamp: 'The timestamp on line {{line}} cannot be read. Nothing was imported.',
  transcriptNotUtf8: 'The file is not saved as UTF-8. Save it as UTF-8 and try again.',
  transcriptNotWebVtt: 'The file is not a valid WebVTT file (the first line must be “WEBVTT”).',
  transcriptUnreadableDocx: 'The Word file cannot be read. It may be damaged or not a .docx file.',
  transcriptUnsupportedFormat: 'The file type of “{{fileName}}” is not supported. Use .docx, .txt, .vtt or .srt.',
  transcriptEmpty: 'The document has no text.',
  transcriptTooLarge: 'The file is too large. It may be at most {{max}} MB.',
  rangeNotInteger: 'Start and end must be whole numbers.',
  rangeOutOfBounds: 'The segment ({{start}}–{{end}}) goes beyond the text, which has {{length}} characters.',
  rangeEmpty: 'The segment must have at least one character.',
  offsetSplitsCharacter: 'Position {{offset}} splits a character in two.',
  codeHasChildren: 'The code has sub-codes. Move or delete them first, or delete everything together.',
  codeCycle: 'A code cannot be moved under itself or its own sub-codes.',
  codeMergeSame: 'A code cannot be merged with itself.',
  suggestionDecided: 'The suggestion has already been dealt with.',
  participantNotInProgramme: 'One of the participants does not belong to the programme.',
};

export const analysisEn: Pick<Messages, 'analysis'> = {
  analysis: {
    title: 'Analysis',
    tabs: { documents: 'Documents', codebook: 'Codebook', retrieval: 'Retrieval', search: 'Search', agreement: 'Coder agreement' },
    kinds: {
      interview_transcript: 'Interview (transcript)', meeting_transcript: 'Meeting (transcript)', focus_group_transcript: 'Focus group (transcript)',
      focus_group_summary: 'Focus group (summary)', minutes: 'Minutes', group_work_notes: 'Group work notes', values_document: 'Values document',
      survey_free_text: 'Survey free text', other: 'Other',
    },
    documents: {
      empty: 'No documents yet. Import a transcript or paste text below.', caption: 'Documents in the programme',
      docTitle: 'Title', kind: 'Kind', municipality: 'Municipality', length: 'Length', lengthValue: '{{count}} characters',
      pending: 'Possible names to check', pendingValue: '{{count}} to check',
    },
    import: {
      title: 'Add a document', mode: 'How do you want to add the text?', modeFile: 'Upload a file (.docx, .txt, .vtt, .srt)', modePaste: 'Paste or write text',
      file: 'File', docTitle: 'Title', kind: 'Kind of document', municipality: 'Municipality', activity: 'Activity', present: 'Participants present',
      text: 'Text', textHelp: 'Lines starting with "Name:" become separate speaker turns.', submit: 'Import',
      busy: 'Reading and pseudonymising …', done: '“{{title}}” was imported. Names replaced: {{count}}.', suggestions: 'Possible names to check: {{count}}.',
      open: 'Open “{{title}}”',
    },
    suggestions: {
      title: 'Possible names to check ({{count}})', intro: 'These words look like names but are not registered. Confirm to replace them with [navn] everywhere in the document, or dismiss.',
      confirm: 'Replace “{{word}}”', dismiss: '“{{word}}” is not a name', confirmed: '“{{word}}” was replaced with [navn].', dismissed: '“{{word}}” stays.',
    },
    coding: {
      help: 'Click in the text and use the arrow keys (Ctrl + arrow: a word, up/down: previous/next speaker, Home/End). Hold Shift to select. Press C or Enter to code the selection, Escape to clear it. You can also select with the mouse.',
      helpReadOnly: 'You can read the text and its codings, but not change them.',
      textLabel: 'Working text (pseudonymised)', marginLabel: 'Codings starting here', remove: 'Remove the coding {{code}}: “{{text}}”',
      selected: 'Selected: {{count}} characters: “{{text}}”', caretAt: 'The caret is at character {{offset}}.',
      applied: 'Coded {{count}} characters with {{codes}}.', removed: 'The coding {{code}} was removed.',
      blind: 'Blind coding is on: you see only your own codings.', noCodes: 'The codebook is empty. Create codes in the codebook before coding.',
    },
    picker: {
      title: 'Choose codes', filter: 'Type to find a code', help: 'Up/down to move, Shift + Enter to choose several, Enter to code, Escape to cancel.',
      listLabel: 'Codes', none: 'No codes match', apply: 'Code with chosen ({{count}})',
    },
    memos: {
      documentTitle: 'Memos on the document', summaryTitle: 'Summary per person', empty: 'None yet.', saved: 'Saved.', deleted: 'Deleted.',
      subject: 'Person (speaker)', summaryText: 'Summary (2–5 sentences)', text: 'New memo', add: 'Save',
    },
    codebook: {
      title: 'Codebook', empty: 'The codebook is empty. Create a code or a theme, or start from CHIME.', theme: 'theme', count: 'Codings: {{count}}',
      edit: 'Edit {{name}}', newCode: 'New code or theme', create: 'Create', created: 'The code “{{name}}” was created.', themeCreated: 'The theme “{{name}}” was created.',
      chime: 'Start from CHIME', chimeDone: 'The CHIME frame was added. New codes: {{count}}.',
      name: 'Name', description: 'Description', color: 'Colour', parent: 'Place (under)', topLevel: 'Top of the codebook', isTheme: 'This is a theme grouping codes',
      editTitle: 'Edit “{{name}}”', saved: '“{{name}}” was saved.', mergeInto: 'Merge into', merge: 'Merge …',
      confirmMerge: 'All codings, sub-codes and memos of “{{name}}” move to “{{into}}”, and “{{name}}” is deleted.', confirmMergeButton: 'Merge',
      merged: '“{{name}}” was merged into “{{into}}”.', confirmDelete: 'Delete “{{name}}” and its codings ({{count}})? This cannot be undone.',
      confirmDeleteTree: 'Delete “{{name}}” with all its sub-codes and codings ({{count}})? This cannot be undone.',
    },
    retrieval: {
      title: 'Retrieval and overviews', code: 'Code or theme', allActivities: 'All activities', coderFilter: 'Coder', allCoders: 'All coders',
      empty: 'No segments match.', count: 'Segments: {{count}}', coder: 'coded by {{name}}', copy: 'Copy anonymised quote',
      copied: 'Copied: {{quote}}', copyFailed: 'Could not copy. The quote is: {{quote}}',
      matrixTitle: 'Code × municipality', matrixHelp: 'Number of segments (number of documents in brackets). A theme counts its sub-codes.',
      noMunicipality: 'No municipality', total: 'Total', noCodings: 'No codings yet.',
      cooccurrenceTitle: 'Overlapping codes', cooccurrenceValue: '{{count}} overlaps in {{documents}} documents', noCooccurrence: 'No codes overlap.',
    },
    search: {
      title: 'Search the documents', label: 'Search', submit: 'Search', help: 'Search also finds other inflected forms (tjenesten finds tjenester). Use "quotes" for a phrase and - to leave a word out.',
      count: 'Results for “{{q}}”: {{count}}',
    },
    noFile: 'Choose a file (.docx, .txt, .vtt or .srt).',
    unknownCoder: '(unknown coder)',
    agreement: {
      title: 'Coder agreement', intro: 'Choose two coders. Agreement is computed character by character for each code, and overall.',
      needTwo: 'At least two people must have coded before agreement can be computed.', coderA: 'Coder A', coderB: 'Coder B',
      unit: 'Unit: characters. Basis: {{units}} characters in {{documents}} documents.', caption: 'Agreement per code (unit: characters)',
      percent: 'Percent agreement', kappa: 'Cohen’s kappa', alpha: 'Krippendorff’s alpha', units: 'Characters', overall: 'Overall',
      disagreements: 'Disagreements', hidden: 'Blind coding is on: only the coordinator sees the disagreements.', noDisagreements: 'No disagreements.',
      onlyBy: 'only {{coder}}: characters {{start}}–{{end}}',
      unavailable: {
        no_variation: 'Cannot be computed: both coders gave every character the same value.',
        code_not_used: 'Cannot be computed: neither coder used the code.',
        empty_document: 'Cannot be computed: the document is empty.',
        no_codings: 'Cannot be computed: no codings to compare.',
      },
    },
    quoteRole: { recipient: 'service user', provider: 'service provider', leader: 'service manager', staff: 'project staff', unknown: 'participant' },
    quoteSource: {
      interview: 'interview', focus_group: 'focus group', mapping_meeting: 'mapping meeting', feedback_meeting: 'feedback meeting',
      codesign_workshop: 'co-design workshop', meeting: 'meeting', minutes: 'minutes', group_work_notes: 'group work',
      values_document: 'values document', survey_free_text: 'survey', other: 'document',
    },
  },
};
