// What a person reads when their session ended on the server (they signed out elsewhere, or an
// admin changed their role or deactivated them: lib/auth/session-version.ts) while a page or a
// form of theirs was still open. One wording, so the form and the sign-in page agree.

export const SESSION_ENDED_FORM =
  "Your session has ended (you signed out elsewhere, or your account was changed), so nothing was saved. Sign in again in another tab, then send this form again: what you typed is still here.";

export const SESSION_ENDED_NOTICE = "Your session has ended: you signed out elsewhere, or your account was changed. Sign in again.";

/** The sign-in page's address for someone sent there from `path`, so they come back to it. */
export function signInPathFrom(path: string | null): string {
  return path && path !== "/" && path !== "/login" && !path.startsWith("/login?") ? `/login?next=${encodeURIComponent(path)}` : "/login";
}
