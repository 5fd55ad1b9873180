import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { translate, type Language } from '../i18n/index.js';

// A few hundred bytes of CSS in the page itself: participant pages must be fast on any phone, no JS.
const css = `
*{box-sizing:border-box}body{margin:0;font:1.125rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1e2b3c;background:#f4f5f6}
main{max-width:34rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:.5rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.6rem;margin:0 0 1rem}label{display:block;font-weight:600;margin:1rem 0 .25rem}
input[type=email],input[type=text],textarea{width:100%;padding:.6rem;font:inherit;border:2px solid #68707c;border-radius:.25rem}
button{margin-top:1rem;padding:.7rem 1.2rem;font:inherit;font-weight:600;color:#fff;background:#0062ba;border:0;border-radius:.25rem;cursor:pointer}
button:focus-visible,input:focus-visible,textarea:focus-visible,a:focus-visible{outline:3px solid #f9b000;outline-offset:2px}
.alert{padding:.8rem 1rem;border-left:4px solid #c01b1b;background:#fbeaea}.ok{border-color:#06893a;background:#e6f4ea}
a{color:#0062ba}.brand{font-weight:700;color:#0062ba;margin:0 0 1rem}
fieldset{border:0;padding:0;margin:1.5rem 0 0}legend{font-weight:700;font-size:1.2rem}.hint{color:#4a5360;margin:.25rem 0 .5rem}
.choice{display:flex;gap:.6rem;align-items:flex-start;padding:.5rem 0}.choice input{width:1.5rem;height:1.5rem;margin:.15rem 0 0;flex:none}
.choice label{margin:0;font-weight:400}.explain{display:block;color:#4a5360;font-size:1rem}
.lang{display:flex;gap:1rem;flex-wrap:wrap;margin:0 0 1rem;padding:0;list-style:none}.lang a{display:inline-block;padding:.4rem 0}
.summary{white-space:pre-wrap;overflow-wrap:anywhere}.letter{border-top:1px solid #d6d9de;border-bottom:1px solid #d6d9de;margin:1rem 0}.letter h2{font-size:1.25rem}`;

export function page(lang: Language, title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>) {
  return html`<!doctype html>
<html lang="${lang === 'en' ? 'en' : lang === 'nn' ? 'nn' : 'nb'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} – Varde</title><style>${raw(css)}</style></head>
<body><main><p class="brand">${translate(lang, 'common.appName')}</p>${body}</main></body></html>`;
}
