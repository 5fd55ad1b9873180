/**
 * Clock times in transcripts → seconds. Exporters disagree on the details, so one lenient reader
 * serves .vtt, .srt, Teams and Zoom: "01:02:03.456" (WebVTT), "01:02:03,456" (SubRip),
 * "0:0:5.100" (old Teams/Stream .docx, single-digit fields), "02:03.5" and "1:02:03" or "0:03"
 * (new Teams .docx, no fraction).
 */

const CLOCK = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;

/** Seconds, or null when `value` is not a clock time (minutes or seconds ≥ 60 included). */
export function parseClockTime(value: string): number | null {
  const m = CLOCK.exec(value.trim());
  if (!m) return null;
  const hours = m[1] === undefined ? 0 : Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  if (minutes >= 60 || seconds >= 60) return null;
  // "5.1" means 100 ms, not 1 ms: the fraction is decimal.
  const fraction = m[4] === undefined ? 0 : Number(`0.${m[4]}`);
  return hours * 3600 + minutes * 60 + seconds + fraction;
}

/** A cue timing line: "start --> end" followed by optional cue settings (WebVTT). */
export const CUE_TIMING = /^\s*(\S+)\s+-->\s+(\S+)(?:\s+.*)?$/;
