import { testOrigin } from './app.js';

export interface SetCookie {
  name: string;
  value: string;
  /** Attribute names lower-cased (httponly, samesite, path, max-age, secure …), values as sent. */
  attributes: Record<string, string>;
}

/** Every Set-Cookie of a response, by cookie name. */
export function setCookies(res: Response): Map<string, SetCookie> {
  const cookies = new Map<string, SetCookie>();
  for (const header of res.headers.getSetCookie()) {
    const [pair, ...attrs] = header.split(';');
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const attributes: Record<string, string> = {};
    for (const attr of attrs) {
      const [key, ...rest] = attr.split('=');
      attributes[key.trim().toLowerCase()] = rest.join('=').trim();
    }
    cookies.set(name, { name, value: decodeURIComponent(pair.slice(eq + 1).trim()), attributes });
  }
  return cookies;
}

/** The session cookie a response sets, if it sets a live one (a deleting Set-Cookie does not count). */
export function sessionCookieFrom(res: Response): string | undefined {
  const cookie = setCookies(res).get('varde_session');
  if (!cookie || !cookie.value || cookie.attributes['max-age'] === '0') return undefined;
  return `varde_session=${cookie.value}`;
}

/** A form POST as the browser sends it from one of our own pages. */
export function postForm(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): [string, RequestInit] {
  return [
    `${testOrigin}${path}`,
    {
      method: 'POST',
      headers: { origin: testOrigin, 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    },
  ];
}

/** The token in an e-mailed sign-in link (http://localhost:3000/auth/link?token=…). */
export function linkIn(text: string): { url: string; token: string } {
  const match = /http:\/\/localhost:3000\/auth\/link\?token=([\w-]+)/.exec(text);
  if (!match) throw new Error(`no sign-in link in: ${text}`);
  return { url: match[0], token: match[1] };
}

/** Pulls the visible text out of a small server-rendered page, for matching messages. */
export function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
