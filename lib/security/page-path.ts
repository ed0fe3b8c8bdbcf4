// The page a request is for, as proxy.ts saw it (path and query), for the sign-in redirect of a
// session that ended while the page was open. proxy.ts sets it on every page request, replacing
// whatever a client sent under that name.
export const PAGE_PATH_HEADER = "x-amends-page-path";
