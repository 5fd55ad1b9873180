/**
 * XLSForm question types, with the old aliases pyxform still accepts (`select one from x`, `select all that apply
 * from x`, `string`, `int`, `begin_group`). Types Varde cannot represent are recognised so they can be reported
 * by name instead of refusing the whole form; only a type nobody defines makes the form malformed.
 */
export type SurveyType =
  | { kind: 'begin' | 'end'; group: 'group' | 'repeat'; list?: undefined; loop?: boolean }
  | { kind: 'question'; type: 'integer' | 'decimal' | 'range' | 'text' | 'note' | 'date' | 'calculate'; list?: undefined }
  | { kind: 'question'; type: 'select_one' | 'select_multiple'; list: string; orOther: boolean }
  | { kind: 'unsupported'; type: string; list?: undefined };

const unsupported = [
  'geopoint', 'geotrace', 'geoshape', 'time', 'datetime', 'image', 'audio', 'video', 'file', 'barcode', 'acknowledge', 'hidden',
  'xml-external', 'csv-external', 'background-audio', 'start', 'end', 'today', 'deviceid', 'subscriberid', 'simserial', 'phonenumber',
  'username', 'email', 'audit', 'start-geopoint', 'trigger', 'uri:subscriberid', 'uri:phonenumber', 'uri:deviceid', 'uri:username', 'uri:email',
  'phone number', 'osm', 'xml-external', 'begin_repeat', 'dateTime', 'geopoint', 'entity',
];

export function readType(raw: string): SurveyType | undefined {
  const t = raw.trim().replace(/\s+/g, ' ').toLowerCase();
  const group = /^(begin|end)[ _](group|repeat)$/.exec(t);
  if (group) return { kind: group[1] as 'begin' | 'end', group: group[2] as 'group' | 'repeat' };
  // pyxform's legacy loop ("begin loop over <list>" … "end loop"): a repeat over a list's choices.
  if (/^begin[ _]loop( over \S+)?$/.test(t)) return { kind: 'begin', group: 'repeat', loop: true };
  if (/^end[ _]loop$/.test(t)) return { kind: 'end', group: 'repeat', loop: true };
  const select = /^select[ _](one|multiple|all that apply)(?: from)? ([^\s]+)( or_other| or specify other)?$/i.exec(raw.trim().replace(/\s+/g, ' '));
  if (select && !/^(from_file|external)$/i.test(select[2]) && !/_from_file$/.test(select[2]))
    return { kind: 'question', type: /^one$/i.test(select[1]) ? 'select_one' : 'select_multiple', list: select[2], orOther: Boolean(select[3]) };
  if (/^(select_one_from_file|select_multiple_from_file|select_one_external|select_multiple_external|rank|osm|select one external) /.test(t)) return { kind: 'unsupported', type: t.split(' ')[0] };
  const alias: Record<string, string> = { string: 'text', int: 'integer', select_one: '', decimal: 'decimal', integer: 'integer', range: 'range', text: 'text', note: 'note', date: 'date', calculate: 'calculate' };
  if (alias[t]) return { kind: 'question', type: alias[t] as 'integer' };
  if (unsupported.includes(t)) return { kind: 'unsupported', type: t };
  return undefined;
}
