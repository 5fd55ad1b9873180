// Qualitative analysis (issue 7), pure core: no database or HTTP.
export * from './text-positions.js';
export * from './parsed-document.js';
export * from './timestamps.js';
export * from './speaker-labels.js';
export * from './transcript-text.js';
export * from './transcript-cues.js';
export * from './transcript-docx.js';
export * from './transcript-import.js';
export * from './pseudonymise.js';
export * from './name-suggestions.js';
export * from './agreement.js';
export * from './chime.js';
