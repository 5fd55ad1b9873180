import type { limitsNb } from './nb.js';

// Nynorsk strings for the server's limits; spread into ../nn.ts.
export const limitsNn: typeof limitsNb = {
  limits: {
    archive: {
      tooLarge: '.{{kind}}-fila blir pakka ut til meir enn {{limit}}, som er grensa for denne filtypen. Ingenting vart lagra.',
      ratio: 'Ein del av .{{kind}}-fila ({{entry}}) blir pakka ut til meir enn {{ratio}} gonger den pakka storleiken sin. Det gjer ingen vanlege dokument, så fila vart avvist som ei mogleg «zip-bombe». Ingenting vart lagra.',
      tooManyEntries: '.{{kind}}-fila inneheld for mange delar (høgst {{limit}}). Ingenting vart lagra.',
      invalid: 'Fila kunne ikkje lesast som .{{kind}}: ho er skadd eller ikkje ei fil av denne typen. Ingenting vart lagra.',
      encrypted: '.{{kind}}-fila er kryptert eller passordverna. Lagre ho utan passord og prøv igjen. Ingenting vart lagra.',
      unsupported: '.{{kind}}-fila brukar ei komprimering Varde ikkje kan lese. Lagre ho på nytt frå programmet som laga ho. Ingenting vart lagra.',
      unsafePath: '.{{kind}}-fila inneheld ein del med ugyldig sti ({{path}}). Ingenting vart lagra.',
      tooComplex: '.{{kind}}-fila er for stor eller samansett til å lesast innan rimeleg tid og minne. Del ho opp og prøv igjen. Ingenting vart lagra.',
    },
    requestTimeout: 'Førespurnaden kom ikkje fram i tide (innhaldet vart sendt for sakte eller stoppa opp). Prøv igjen. Ingenting vart lagra.',
    busy: 'Varde tek imot svært mykje data akkurat no. Prøv igjen om litt. Ingenting vart lagra.',
  },
};
