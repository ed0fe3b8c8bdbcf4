import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { authenticate } from "@/lib/auth/authenticate";
import { endSessionsOf, sessionStands } from "@/lib/auth/session-version";
import { sameSitePath } from "@/lib/security/same-site-path";
import { signInInput } from "@/lib/validation/user";
import { authSecret } from "./auth-secret";
import { addressKeyOf } from "./client-address";

declare module "next-auth" {
  interface User {
    /** The user's session version at sign-in (lib/auth/session-version.ts). */
    sessionVersion?: number;
  }
}

/** A sign-in refused because the account or address must wait (lib/auth/throttle.ts). */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}

// A function, so the secret is read when a request needs it (not while `next build` loads modules).
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  callbacks: {
    // Every read of the session (auth() on each request, GET /api/auth/session) asks the
    // database whether it still stands (lib/auth/session-version.ts); null ends it and clears
    // the cookie, so a cookie copied before sign-out, deactivation or a role change opens nothing.
    jwt({ token, user }) {
      if (user) return { ...token, sv: user.sessionVersion };
      return sessionStands(getDb(), token) ? token : null;
    },
    // Where Auth.js sends a person after signing in or out (`callbackUrl`, `redirectTo`): a path
    // on this site only, percent-encoded, never a line break that would break the Location header.
    redirect({ url, baseUrl }) {
      const origin = new URL(baseUrl).origin;
      return `${origin}${sameSitePath(url, origin)}`;
    },
    // The token's subject is the user id; pages re-read the user (role, active) from it.
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    // Both the app's button and POST /api/auth/signout come here: the cookie is cleared, and
    // every session of the user ends on the server too.
    signOut(message) {
      endSessionsOf(getDb(), "token" in message ? message.token : null);
    },
  },
  logger: {
    error(error) {
      // A wrong password is an answer to the person, not a server error.
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInInput.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await authenticate(getDb(), parsed.data.email, parsed.data.password, addressKeyOf(request.headers));
        if (result.ok) return { id: String(result.user.id), name: result.user.name, email: result.user.email, sessionVersion: result.user.sessionVersion };
        if (result.reason === "throttled") throw new SignInThrottled();
        return null;
      },
    }),
  ],
}));
