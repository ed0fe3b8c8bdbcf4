/**
 * The first Tab stop of every page: past the navigation to the main landmark (`<main id="main">`).
 * Focused, it takes its own row above the header and pushes the page down, rather than floating
 * over the navigation's first links ("Needs me" sat under it).
 */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="sr-only bg-indigo-700 px-4 py-2 text-sm font-medium text-white focus:not-sr-only focus:block focus:px-4 focus:py-2 focus:outline-none focus:ring-2 focus:ring-inset focus:ring-indigo-300"
    >
      Skip to content
    </a>
  );
}
