// When an action succeeds, the control that acted often leaves the page (an approved
// compensation loses its Approve button, a done task its Done button) and the browser drops
// focus to <body>: a keyboard or screen-reader user is sent back to the top of the page. Focus goes
// instead to the heading of the section the control was in, which stays, else the page's title.

/** The heading that will still be there: taken before the action runs, while the control is. */
export function headingFor(control: Element | null): HTMLElement | null {
  const section = control?.closest("section");
  return section?.querySelector<HTMLElement>("h2, h3") ?? document.querySelector<HTMLElement>("main h1");
}

/** Focus a heading (made focusable by script only, so it is not a Tab stop). */
export function focusHeading(heading: HTMLElement | null): void {
  const target = heading?.isConnected ? heading : document.querySelector<HTMLElement>("main h1");
  if (!target) return;
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus();
}
