// Bokmål strings for the server's limits (archives, slow requests); spread into ../nb.ts.
export const limitsNb = {
  limits: {
    archive: {
      tooLarge: '.{{kind}}-fila pakkes ut til mer enn {{limit}}, som er grensen for denne filtypen. Ingenting ble lagret.',
      ratio: 'En del av .{{kind}}-fila ({{entry}}) pakkes ut til mer enn {{ratio}} ganger sin pakkede størrelse. Det gjør ingen vanlige dokumenter, så fila ble avvist som en mulig «zip-bombe». Ingenting ble lagret.',
      tooManyEntries: '.{{kind}}-fila inneholder for mange deler (høyst {{limit}}). Ingenting ble lagret.',
      invalid: 'Fila kunne ikke leses som .{{kind}}: den er skadet eller ikke en fil av denne typen. Ingenting ble lagret.',
      encrypted: '.{{kind}}-fila er kryptert eller passordbeskyttet. Lagre den uten passord og prøv igjen. Ingenting ble lagret.',
      unsupported: '.{{kind}}-fila bruker en komprimering Varde ikke kan lese. Lagre den på nytt fra programmet som laget den. Ingenting ble lagret.',
      unsafePath: '.{{kind}}-fila inneholder en del med ugyldig sti ({{path}}). Ingenting ble lagret.',
      tooComplex: '.{{kind}}-fila er for stor eller sammensatt til å leses innen rimelig tid og minne. Del den opp og prøv igjen. Ingenting ble lagret.',
    },
    requestTimeout: 'Forespørselen kom ikke fram i tide (innholdet ble sendt for sakte eller stoppet opp). Prøv igjen. Ingenting ble lagret.',
    busy: 'Varde tar imot svært mye data akkurat nå. Prøv igjen om litt. Ingenting ble lagret.',
  },
};
