// Nynorsk strings for rate limits and text the server refuses at the edge (H3); spread into errors in ../nn.ts.
export const rateLimitErrorsNn = {
  tooManyTitle: 'For mange forsøk',
  tooMany: 'Det har kome for mange forsøk herifrå. Vent {{minutes}} minutt og prøv igjen.',
  invalidCharacters: 'Teksten inneheld teikn som ikkje kan lagrast. Skriv han inn på nytt.',
  impossibleDate: 'Datoen finst ikkje. Skriv ein dato på forma ÅÅÅÅ-MM-DD.',
};
