/** Moves focus to the page's h1 (after the element that had focus was removed, e.g. a deleted row). */
export function focusPageHeading() {
  // After the dialog has closed (closing gives focus back to the removed button), so wait a moment.
  window.setTimeout(() => {
    const h1 = document.querySelector<HTMLElement>('main h1');
    if (!h1) return;
    h1.tabIndex = -1;
    h1.focus();
  }, 50);
}
