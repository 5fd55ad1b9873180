import { lazy, type ComponentType } from 'react';

/**
 * A page whose code is fetched when its route is first shown (code split by route, issue 18), so the first
 * load is the shell, the sign-in page and the strings (budget: src/web/first-load-budget.test.ts).
 * Use: `const XPage = page(() => import('./pages/XPage.js'), 'XPage');` and `<XPage />` as before.
 */
export function page<K extends string>(load: () => Promise<Record<K, ComponentType<any>>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
