import type { limitsNb } from './nb.js';

// English strings for the server's limits; spread into ../en.ts.
export const limitsEn: typeof limitsNb = {
  limits: {
    archive: {
      tooLarge: 'The .{{kind}} file unpacks to more than {{limit}}, the limit for this kind of file. Nothing was saved.',
      ratio: 'A part of the .{{kind}} file ({{entry}}) unpacks to more than {{ratio}} times its packed size. No ordinary document does that, so the file was refused as a possible “zip bomb”. Nothing was saved.',
      tooManyEntries: 'The .{{kind}} file contains too many parts (at most {{limit}}). Nothing was saved.',
      invalid: 'The file could not be read as .{{kind}}: it is damaged or not a file of this kind. Nothing was saved.',
      encrypted: 'The .{{kind}} file is encrypted or password-protected. Save it without a password and try again. Nothing was saved.',
      unsupported: 'The .{{kind}} file uses a compression Varde cannot read. Save it again from the program that made it. Nothing was saved.',
      unsafePath: 'The .{{kind}} file contains a part with an invalid path ({{path}}). Nothing was saved.',
      tooComplex: 'The .{{kind}} file is too large or complex to read in reasonable time and memory. Split it up and try again. Nothing was saved.',
    },
    requestTimeout: 'The request did not arrive in time (its content was sent too slowly or stalled). Please try again. Nothing was saved.',
    busy: 'Varde is receiving a great deal of data right now. Please try again shortly. Nothing was saved.',
  },
};
