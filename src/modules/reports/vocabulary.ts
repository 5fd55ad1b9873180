/** The closed word lists of the reports module (stored as keys, shown through i18n `reports.*`). */

/** A question's way through the evaluation (seed 004 §7: planned with the network, then carried through). */
export const questionStatuses = ['planned', 'data_collected', 'analysed', 'written'] as const;
export type QuestionStatus = (typeof questionStatuses)[number];

/** Where a question's data come from (004 §3: meetings, documents, focus groups, surveys; 000 §2.1 indicators). */
export const sourceKinds = ['activity', 'document', 'survey', 'instrument', 'measure', 'indicator'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** How a question is answered (004 §4–5: themes from coding, pre/post scales, indicators, the co-design thread). */
export const analysisKinds = ['themes', 'prepost', 'indicators', 'codesign_thread'] as const;
export type AnalysisKind = (typeof analysisKinds)[number];

/** Seed 000 §2.2.1: conferences, press, social media, articles, a report published online. */
export const disseminationChannels = ['conference', 'press', 'social_media', 'article', 'report_online', 'talk', 'newsletter', 'meeting', 'other'] as const;
export type DisseminationChannel = (typeof disseminationChannels)[number];

export const disseminationStatuses = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type DisseminationStatus = (typeof disseminationStatuses)[number];

/** A product is either a link (an article, a talk's slides) or the programme's own report. */
export const productKinds = ['link', 'report'] as const;
export type ProductKind = (typeof productKinds)[number];
