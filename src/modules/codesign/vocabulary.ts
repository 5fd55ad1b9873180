// Co-design's closed word lists, shared by the schema, the API and the staff app.
// No imports: the browser bundle includes this file.

/** Who experienced a touchpoint (EBCD compares recipients' and staff's experience). */
export const touchpointRoles = ['recipient', 'provider', 'leader'] as const;
export type TouchpointRole = (typeof touchpointRoles)[number];

/** Valence of the emotion at a touchpoint: −2 very negative … +2 very positive. */
export const valences = [-2, -1, 0, 1, 2] as const;
export type Valence = (typeof valences)[number];

/**
 * The short list of emotion words a researcher picks from (labels in i18n `codesign.emotion.*`).
 * Each has a usual valence, offered as the default when the word is chosen.
 */
export const emotionWords = {
  afraid: -2,
  ashamed: -2,
  angry: -2,
  lonely: -1,
  frustrated: -1,
  uncertain: -1,
  tired: -1,
  neutral: 0,
  relieved: 1,
  hopeful: 1,
  welcome: 1,
  respected: 2,
  safe: 2,
  grateful: 2,
} as const satisfies Record<string, Valence>;
export type EmotionWord = keyof typeof emotionWords;
export const emotionWordKeys = Object.keys(emotionWords) as EmotionWord[];

/**
 * The default EBCD service journey, copied into a programme the first time its stages are read; a
 * programme may add its own stages afterwards. Labels in i18n `codesign.stage.*` for these keys.
 */
export const defaultJourneyStages = ['first_contact', 'getting_help', 'everyday_support', 'setbacks', 'moving_on'] as const;

/**
 * EBCD stages reached by a municipality, in order (domain.md §7): each is reached when an activity of
 * one of its types has been held there (or programme-wide, for the closing event).
 */
export const ebcdStages = ['none', 'interviews', 'feedback_meetings', 'joint_meeting', 'codesign_workshop', 'course', 'closing'] as const;
export type EbcdStage = (typeof ebcdStages)[number];
