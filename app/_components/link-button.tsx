import Link from "next/link";
import type { ReactNode } from "react";

export function LinkButton({ href, children, variant = "primary" }: { href: string; children: ReactNode; variant?: "primary" | "secondary" }) {
  const look =
    variant === "primary"
      ? "bg-indigo-600 text-white hover:bg-indigo-700"
      : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50";
  return (
    <Link href={href} className={`inline-flex items-center rounded-md px-4 py-2 text-sm font-medium shadow-sm ${look}`}>
      {children}
    </Link>
  );
}
