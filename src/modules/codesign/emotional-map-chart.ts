/**
 * The emotional map (EBCD): the journey's stages left to right, each touchpoint placed by valence
 * (very positive at the top), with a lane per role inside each stage so recipients' and staff's
 * experiences sit side by side. Roles differ by shape as well as colour. Each point carries its number
 * and `data-touchpoint` so the staff page can open its quote; the numbered list and the table are the
 * accessible way to the same thing.
 */
import { chartId, closeChart, colours, escapeXml, formatNumber, openSvg, text, type Chart, type Translate } from '../../lib/charts/svg.js';
import { touchpointRoles, type TouchpointRole } from './vocabulary.js';

export interface MapStage {
  id: string;
  label: string;
}

export interface MapPoint {
  id: string;
  /** The number shown on the point and in the list. */
  n: number;
  stageId: string;
  role: TouchpointRole;
  valence: number;
  emotionLabel: string;
}

export interface MapCell {
  stageId: string;
  role: TouchpointRole;
  /** null when suppressed (small cell). */
  count: number | null;
  meanValence: number | null;
  suppressed: boolean;
}

const roleColour: Record<TouchpointRole, string> = { recipient: colours.post, provider: colours.pilot, leader: colours.pre };

function marker(role: TouchpointRole, x: number, y: number): string {
  const c = roleColour[role];
  if (role === 'recipient') return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="9" fill="${c}"/>`;
  if (role === 'provider') return `<rect x="${(x - 8.5).toFixed(1)}" y="${(y - 8.5).toFixed(1)}" width="17" height="17" fill="${c}"/>`;
  return `<path d="M${x.toFixed(1)} ${(y - 11).toFixed(1)} L${(x + 11).toFixed(1)} ${y.toFixed(1)} L${x.toFixed(1)} ${(y + 11).toFixed(1)} L${(x - 11).toFixed(1)} ${y.toFixed(1)} Z" fill="${c}"/>`;
}

export function emotionalMapChart(key: string, stages: MapStage[], points: MapPoint[], cells: MapCell[], lang: string, t: Translate): Chart {
  const lane = 64;
  const column = lane * touchpointRoles.length + 16;
  const pad = { left: 120, right: 16, top: 56, bottom: 70 };
  const width = pad.left + pad.right + column * Math.max(1, stages.length);
  const rowH = 52;
  const height = pad.top + pad.bottom + rowH * 4;
  const y = (v: number) => pad.top + (2 - v) * rowH;
  const title = t('codesign.map.title');
  const shown = points.length;
  const hidden = cells.filter((c) => c.suppressed).length;
  const description = t('codesign.map.description', { stages: stages.length, points: shown, hidden });
  const parts = [openSvg(chartId('emap', key), width, height, title, description)];
  for (let v = 2; v >= -2; v--) {
    parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(v)}" y2="${y(v)}" stroke="${v === 0 ? colours.axis : colours.grid}"${v === 0 ? '' : ' stroke-dasharray="4 3"'}/>`);
    parts.push(text(pad.left - 8, y(v) + 4, t(`codesign.valence.${v}`), 'text-anchor="end" font-size="11"'));
  }
  stages.forEach((stage, i) => {
    const x0 = pad.left + i * column;
    if (i > 0) parts.push(`<line x1="${x0}" x2="${x0}" y1="${pad.top - 30}" y2="${height - pad.bottom + 10}" stroke="${colours.grid}"/>`);
    parts.push(text(x0 + column / 2, pad.top - 34, stage.label, 'text-anchor="middle" font-weight="bold"'));
    touchpointRoles.forEach((role, r) => {
      const lx = x0 + 8 + r * lane + lane / 2;
      const cell = cells.find((c) => c.stageId === stage.id && c.role === role);
      if (cell?.suppressed) parts.push(text(lx, y(0) - 14, '*', 'text-anchor="middle" font-size="16"'));
      const mine = points.filter((p) => p.stageId === stage.id && p.role === role);
      for (let v = -2; v <= 2; v++) {
        const here = mine.filter((p) => p.valence === v);
        here.forEach((p, k) => {
          const dx = here.length === 1 ? 0 : ((k % 3) - 1) * 18;
          const dy = Math.floor(k / 3) * 6 * (k % 2 ? 1 : -1);
          const px = lx + dx;
          const py = y(v) + dy;
          parts.push(
            `<g data-touchpoint="${escapeXml(p.id)}" class="tp-point"><title>${escapeXml(`${p.n}. ${t(`codesign.roles.${role}`)}: ${p.emotionLabel}`)}</title>` +
              marker(role, px, py) +
              `<text x="${px.toFixed(1)}" y="${(py + 4).toFixed(1)}" fill="#ffffff" font-size="10" font-weight="bold" text-anchor="middle">${p.n}</text></g>`,
          );
        });
      }
    });
  });
  // Legend: shape and colour per role; * marks a hidden small cell.
  const ly = height - 24;
  touchpointRoles.forEach((role, r) => {
    const lx = pad.left + r * 170;
    parts.push(marker(role, lx + 9, ly - 4), text(lx + 24, ly, t(`codesign.roles.${role}`)));
  });
  if (hidden) parts.push(text(pad.left + touchpointRoles.length * 170, ly, t('codesign.map.suppressedMark')));
  const stageLabel = new Map(stages.map((s) => [s.id, s.label]));
  return closeChart('emotional_map', parts, { width, height, title, description }, {
    headers: [t('codesign.map.stage'), t('codesign.map.role'), t('codesign.map.count'), t('codesign.map.meanValence')],
    rows: cells.map((c) => [
      stageLabel.get(c.stageId) ?? '',
      t(`codesign.roles.${c.role}`),
      c.suppressed ? t('codesign.map.suppressed') : (c.count ?? 0),
      c.suppressed || c.meanValence === null ? '–' : formatNumber(lang, c.meanValence, 1),
    ]),
  });
}
