import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { authenticate } from "@/lib/auth/authenticate";
import { signInInput } from "@/lib/validation/user";
import { authSecret } from "./auth-secret";

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  callbacks: {
    // The token's subject is the user id; pages re-read the user (role, active) from it.
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
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
      async authorize(credentials) {
        const parsed = signInInput.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await authenticate(getDb(), parsed.data.email, parsed.data.password);
        return user ? { id: String(user.id), name: user.name, email: user.email } : null;
      },
    }),
  ],
});
