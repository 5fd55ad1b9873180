import { useTranslation } from 'react-i18next';
import type { Activity } from '../../activities-types.js';
import { formatDate } from '../../format.js';

interface Props {
  activities: Activity[];
  lanes: { id: string | null; name: string }[];
  warned: Set<string>;
}

const laneHeight = 18;
const labelWidth = 140;
const width = 900;

/**
 * A Gantt-like picture of the scheduled activities: one lane per municipality (and one for the whole
 * programme), bars where they are in time, overlapping bars stacked. It is a picture (role="img"
 * with a summary); the table beside it holds the same facts for screen readers and keyboards.
 */
export function Timeline({ activities, lanes, warned }: Props) {
  const { t, i18n } = useTranslation();
  const scheduled = activities.filter((a) => a.startsAt && a.status !== 'cancelled');
  if (scheduled.length === 0) return null;
  const start = Math.min(...scheduled.map((a) => Date.parse(a.startsAt!)));
  const end = Math.max(...scheduled.map((a) => Date.parse(a.endsAt ?? a.startsAt!)));
  const span = Math.max(end - start, 24 * 3600_000);
  const x = (iso: string) => labelWidth + ((Date.parse(iso) - start) / span) * (width - labelWidth - 10);
  let y = 20;
  const rows = lanes.map((lane) => {
    const bars = scheduled.filter((a) => a.municipalityId === lane.id).sort((a, b) => Date.parse(a.startsAt!) - Date.parse(b.startsAt!));
    const stackEnds: number[] = [];
    const placed = bars.map((a) => {
      const x0 = x(a.startsAt!);
      const x1 = Math.max(x(a.endsAt ?? a.startsAt!), x0 + 4);
      let level = stackEnds.findIndex((e) => e <= x0);
      if (level < 0) level = stackEnds.push(0) - 1;
      stackEnds[level] = x1 + 1;
      return { a, x0, x1, level };
    });
    const top = y;
    y += Math.max(1, stackEnds.length) * laneHeight + 6;
    return { lane, placed, top, height: y - top };
  });
  const label = t('activities.timeline.chartLabel', { count: scheduled.length, from: formatDate(new Date(start).toISOString().slice(0, 10), i18n.language), to: formatDate(new Date(end).toISOString().slice(0, 10), i18n.language) });
  return (
    <figure className="activity-timeline">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${y + 4}`} width="100%" data-testid="activity-timeline">
        <text x={labelWidth} y={12} fontSize="11">{formatDate(new Date(start).toISOString().slice(0, 10), i18n.language)}</text>
        <text x={width - 10} y={12} fontSize="11" textAnchor="end">{formatDate(new Date(end).toISOString().slice(0, 10), i18n.language)}</text>
        {rows.map(({ lane, placed, top, height }) => (
          <g key={lane.id ?? 'programme'}>
            <line x1={0} x2={width} y1={top + height - 3} y2={top + height - 3} stroke="#d0d5dd" />
            <text x={4} y={top + 13} fontSize="12">{lane.name}</text>
            {placed.map(({ a, x0, x1, level }) => (
              <rect key={a.id} x={x0} y={top + level * laneHeight + 2} width={x1 - x0} height={laneHeight - 5} rx={2}
                className={`bar bar-${a.status}${warned.has(a.id) ? ' bar-warning' : ''}`}>
                <title>{a.name}</title>
              </rect>
            ))}
          </g>
        ))}
      </svg>
    </figure>
  );
}
