import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/app/_server/session";
import { SESSION_ENDED_NOTICE } from "@/lib/auth/session-ended";
import { SESSION_COOKIES } from "@/lib/auth/session-cookies";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await currentActor()) redirect("/");
  const { next } = await searchParams;
  // A session cookie that no longer opens anything: the session ended on the server.
  const jar = await cookies();
  const ended = SESSION_COOKIES.some((name) => jar.has(name));
  return (
    <main id="main" tabIndex={-1} className="flex min-h-screen items-center justify-center px-4 focus:outline-none">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-indigo-700">Amends</p>
        <h1 className="mb-6 mt-1 text-2xl font-semibold">Sign in</h1>
        {ended ? (
          <p role="status" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {SESSION_ENDED_NOTICE}
          </p>
        ) : null}
        <LoginForm next={typeof next === "string" ? next : "/"} />
      </div>
    </main>
  );
}
