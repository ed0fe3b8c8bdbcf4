// @ts-check
// The methods each route under /api/ takes, for the Allow header of a 405 (Next.js answers a
// method a route does not export with a bare 405). The same as the route handlers of
// lib/auth/entry-points.ts, whose own test reads them from app/; server/agreement.test.ts
// checks that the two lists agree.

/** Route (as its folder under app/ names it) → the methods it exports. */
export const API_ROUTES = /** @type {const} */ ({
  "/api/auth/[...nextauth]": ["GET", "POST"],
  "/api/health": ["GET"],
  "/api/v1/clients": ["GET", "POST"],
  "/api/v1/clients/[id]/trail": ["GET"],
  "/api/v1/openapi.json": ["GET"],
  "/api/v1/setbacks": ["GET", "POST"],
  "/api/v1/setbacks/[ref]": ["GET", "PATCH"],
  "/api/v1/setbacks/[ref]/communications": ["POST"],
  "/api/v1/setbacks/[ref]/moves": ["POST"],
  "/api/v1/setbacks/[ref]/remedy-tasks": ["POST"],
});

/** @param {string} route */
function matcher(route) {
  const pattern = route
    .split("/")
    .map((segment) => (segment.startsWith("[...") ? "[^/]+(?:/[^/]+)*" : segment.startsWith("[") ? "[^/]+" : segment.replace(/[.]/g, "\\.")))
    .join("/");
  return new RegExp(`^${pattern}/?$`);
}

const MATCHERS = Object.entries(API_ROUTES).map(([route, methods]) => ({ test: matcher(route), methods }));

/**
 * What the Allow header says for `pathname`, as Next.js's own answer to OPTIONS does: the
 * route's methods, HEAD with GET, and OPTIONS; null when no route is there.
 * @param {string} pathname
 */
export function allowedMethods(pathname) {
  // A static route wins over a dynamic one, as in Next.js: try the routes without brackets first.
  const found = [...MATCHERS].sort((a, b) => Number(a.test.source.includes("[^/]")) - Number(b.test.source.includes("[^/]"))).find((m) => m.test.test(pathname));
  if (!found) return null;
  const methods = new Set([...found.methods, "OPTIONS"]);
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods].sort().join(", ");
}
