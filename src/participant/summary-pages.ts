import { Hono } from 'hono';
import { isLanguage, type Language } from '../i18n/index.js';
import type { AppEnv } from '../http/env.js';
import { publishedSummary, summaryFigures, summaryText } from '../modules/reports/summary.js';
import { summaryNotFoundPage, summaryPage } from './summary-views.js';

/**
 * The public plain-language summary of a programme's results (issue 14 §5) at /r/:slug, for everyone
 * who took part: server-rendered, no JavaScript, no personal data. Unknown and unpublished look alike.
 */
export const summaryPages = new Hono<AppEnv>().get('/r/:slug', async (c) => {
  const asked = c.req.query('lang');
  const lang: Language = isLanguage(asked) ? asked : c.get('lang') ?? 'nb';
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  const found = await publishedSummary(c.get('db'), c.req.param('slug'));
  if (!found) return c.html(summaryNotFoundPage(lang), 404);
  const figures = await summaryFigures(c.get('db'), found.row.programmeId, lang);
  return c.html(summaryPage({ lang, base: `/r/${found.row.slug}`, programme: found.programme.name, text: summaryText(found.row, lang), figures }));
});
