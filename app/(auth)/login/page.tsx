import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/app/_server/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await currentActor()) redirect("/");
  const { next } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-indigo-700">Amends</p>
        <h1 className="mb-6 mt-1 text-2xl font-semibold">Sign in</h1>
        <LoginForm next={typeof next === "string" ? next : "/"} />
      </div>
    </main>
  );
}
