/** The first Tab stop of every page: past the navigation to the main landmark (`<main id="main">`). */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="sr-only rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:outline-none focus:ring-2 focus:ring-indigo-300"
    >
      Skip to content
    </a>
  );
}
