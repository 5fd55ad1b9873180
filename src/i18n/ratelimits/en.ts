// English strings for rate limits and text the server refuses at the edge (H3); spread into errors in ../en.ts.
export const rateLimitErrorsEn = {
  tooManyTitle: 'Too many attempts',
  tooMany: 'There have been too many attempts from here. Wait {{minutes}} minutes and try again.',
  invalidCharacters: 'The text contains characters that cannot be stored. Please type it again.',
  impossibleDate: 'That date does not exist. Write a date as YYYY-MM-DD.',
};
