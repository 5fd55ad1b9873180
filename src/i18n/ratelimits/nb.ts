// Bokmål strings for rate limits and text the server refuses at the edge (H3); spread into errors in ../nb.ts.
export const rateLimitErrorsNb = {
  tooManyTitle: 'For mange forsøk',
  tooMany: 'Det har kommet for mange forsøk herfra. Vent {{minutes}} minutter og prøv igjen.',
  invalidCharacters: 'Teksten inneholder tegn som ikke kan lagres. Skriv den inn på nytt.',
  impossibleDate: 'Datoen finnes ikke. Skriv en dato på formen ÅÅÅÅ-MM-DD.',
};
