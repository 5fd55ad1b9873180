import { useTranslation } from 'react-i18next';
import type { Activity } from '../../activities-types.js';
import { formatDate } from '../../format.js';

interface Props {
  activities: Activity[];
  /** "activityId must come after afterActivityId": drawn as arrows, red where the schedule breaks the order. */
  dependencies: { activityId: string; afterActivityId: string }[];
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
export function Timeline({ activities, dependencies, lanes, warned }: Props) {
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
  const at = new Map(rows.flatMap(({ placed, top }) => placed.map((p) => [p.a.id, { ...p, mid: top + p.level * laneHeight + 2 + (laneHeight - 5) / 2 }] as const)));
  const arrows = dependencies.flatMap((d) => {
    const before = at.get(d.afterActivityId);
    const after = at.get(d.activityId);
    if (!before || !after) return [];
    return [{ key: `${d.afterActivityId}-${d.activityId}`, from: before, to: after, broken: Date.parse(after.a.startsAt!) < Date.parse(before.a.endsAt ?? before.a.startsAt!) }];
  });
  const label = t('activities.timeline.chartLabel', { count: scheduled.length, from: formatDate(new Date(start).toISOString().slice(0, 10), i18n.language), to: formatDate(new Date(end).toISOString().slice(0, 10), i18n.language) });
  return (
    <figure className="activity-timeline">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${y + 4}`} width="100%" data-testid="activity-timeline">
        <text x={labelWidth} y={12} fontSize="11">{formatDate(new Date(start).toISOString().slice(0, 10), i18n.language)}</text>
        <text x={width - 10} y={12} fontSize="11" textAnchor="end">{formatDate(new Date(end).toISOString().slice(0, 10), i18n.language)}</text>
        <defs>
          <marker id="timeline-arrow" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0L6,3L0,6z" fill="#68707c" /></marker>
          <marker id="timeline-arrow-broken" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0L6,3L0,6z" fill="#c01b1b" /></marker>
        </defs>
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
        <g data-testid="timeline-dependencies" fill="none">
          {arrows.map(({ key, from, to, broken }) => (
            <path key={key} d={`M${from.x1},${from.mid} C${from.x1 + 12},${from.mid} ${to.x0 - 12},${to.mid} ${to.x0},${to.mid}`}
              stroke={broken ? '#c01b1b' : '#68707c'} strokeOpacity={broken ? 1 : 0.45} strokeWidth={broken ? 1.5 : 1} strokeDasharray={broken ? '4 2' : undefined}
              markerEnd={`url(#${broken ? 'timeline-arrow-broken' : 'timeline-arrow'})`} data-broken={broken ? 'true' : undefined} />
          ))}
        </g>
      </svg>
      {arrows.length > 0 && <figcaption className="hint">{t('activities.timeline.legend')}</figcaption>}
    </figure>
  );
}
