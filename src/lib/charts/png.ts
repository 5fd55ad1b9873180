/**
 * PNG copies of the SVG charts: Word needs one beside every SVG for readers that cannot show SVG
 * (docx's ImageRun requires the fallback). Rendered by resvg (a maintained renderer shipped as an npm
 * binary) with the DejaVu fonts when present, so text looks the same on every server.
 */
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const dejaVu = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'].filter((f) => existsSync(f));

export function svgToPng(svg: string, width: number): Buffer {
  const renderer = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    font: dejaVu.length ? { fontFiles: dejaVu, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } : { loadSystemFonts: true },
  });
  return renderer.render().asPng();
}
