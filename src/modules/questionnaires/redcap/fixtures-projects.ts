/**
 * Dictionaries shaped like real REDCap exports, written for these tests from REDCap's rules (all names and texts
 * invented): a project dictionary with three forms, calculated fields and @CALCTEXT, piping, HTML in labels,
 * a consent text over 4,000 characters and a 249-option country list; an instrument zip's instrument.csv whose
 * first row is a question (no record ID); and the same text as Excel on Windows saves it (Windows-1252).
 */
const H = `"Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels","Field Note","Text Validation Type OR Show Slider Number","Text Validation Min","Text Validation Max",Identifier?,"Branching Logic (Show field only if...)","Required Field?","Custom Alignment","Question Number (surveys only)","Matrix Group Name","Matrix Ranking?","Field Annotation"`;

/** 249 options, as a published ISO 3166 country list has; the labels are placeholders with commas and accents. */
export const countryChoices = Array.from({ length: 249 }, (_, i) => `${i + 1}, Land ${i + 1} (Sør-${String.fromCharCode(65 + (i % 26))}, é)`).join(' | ');

/** Over 4,000 characters, with REDCap's HTML: bold, italics, a line break, a link, a list. */
export const longConsent = `<p><b>Informasjon om studien</b></p><p>Du blir spurt om å delta fordi du bruker tjenestene våre.<br>Les <i>hele</i> teksten før du svarer.</p><ul><li>Det er frivillig.</li><li>Du kan trekke deg.</li></ul><p>Mer på <a href="https://example.org/studie">nettsiden</a>.</p>${'<p>Avsnitt med vilkår som gjentas for å gi en lang tekst. '.repeat(80)}</p>`;

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

export const multiFormDictionary = `${H}
record_id,screening,,text,Record ID,,,,,,,,,,,,,
consent_info,screening,Samtykke,descriptive,${q(longConsent)},,,,,,,,,,,,,
dob,screening,,text,Fødselsdato,,,date_ymd,,,y,,y,,,,,
country,screening,,dropdown,Fødeland,${q(countryChoices)},,,,,,,,,,,,
age_years,screening,,calc,Alder (år),"rounddown(datediff([dob], 'today', 'y', 'ymd'))",,,,,,,,,,,,
adult,screening,,calc,Voksen,"if([age_years] >= 18, 1, 0)",,,,,,,,,,,,
phq_1,phq_baseline,Siste to uker,radio,Lite interesse eller glede i å gjøre ting,"0, Ikke i det hele tatt | 1, Flere dager | 2, Mer enn halvparten av dagene | 3, Nesten hver dag",,,,,,,y,,,phq,,
phq_2,phq_baseline,,radio,"Følt deg nedfor, deprimert eller håpløs","0, Ikke i det hele tatt | 1, Flere dager | 2, Mer enn halvparten av dagene | 3, Nesten hver dag",,,,,,,y,,,phq,,
phq_total,phq_baseline,,calc,Sum,"sum([phq_1],[phq_2])",,,,,,,,,,,,
phq_mean,phq_baseline,,calc,Snitt,"round(mean([phq_1],[phq_2]),1)",,,,,,,,,,,,
phq_band,phq_baseline,,text,Nivå,,,,,,,,,,,,,"@CALCTEXT(if([phq_total] >= 3, 'forhøyet', 'lavt'))"
phq_note,phq_baseline,,descriptive,"Du svarte <b>[phq_1:label]</b> på første spørsmål, og summen er [phq_total].",,,,,,,,,,,,,
visits,followup,,text,Antall besøk siden [dob],,,integer,0,100,,,,,,,,
visits_max,followup,,calc,Største,"max([visits], 3)",,,,,,,,,,,,
visits_sd,followup,,calc,Spredning,stdev([visits]),,,,,,,,,,,,
event_pipe,followup,,descriptive,Sist gang svarte du [baseline_arm_1][phq_total].,,,,,,,,,,,,,
`;

/** An instrument zip's instrument.csv: no record ID, the first row is the first question (PSQI-style bedtime). */
export const instrumentCsv = `${H}
bedtime,sleep_quality,,text,"I løpet av den siste måneden, når har du vanligvis lagt deg om kvelden?",,,time,,,,,,,1,,,
sleep_latency,sleep_quality,,text,"Hvor lang tid (i minutter) har det vanligvis tatt deg å sovne?",,Minutter,integer,0,300,,,,,2,,,
wake_time,sleep_quality,,text,"Når har du vanligvis stått opp om morgenen?",,,time,,,,,,,3,,,
`;

/** The first rows of a dictionary with Norwegian letters, typographic quotes and a euro sign, as Windows-1252 bytes. */
export const cp1252Text = `${H}
record_id,kartlegging,,text,Record ID,,,,,,,,,,,,,
bosted,kartlegging,Om deg,radio,Hvor bor du nå?,"1, I egen bolig | 2, Hos familie/venner | 3, Annet – «midlertidig»",,,,,,,,,,,,
utgift,kartlegging,,text,Hvor mye betaler du i husleie (€ eller kr)?,,Skriv “0” hvis du ikke betaler,integer,0,,,,,,,,,
kommentar,kartlegging,,notes,Æ Ø Å æ ø å é ü – noe mer?,,,,,,,,,,,,,
`;

/** Windows-1252 bytes of a text (every character used above is in the code page). */
export function encodeWindows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97 };
  return Uint8Array.from([...text].map((ch) => special[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)));
}
