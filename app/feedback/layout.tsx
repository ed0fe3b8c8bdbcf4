import type { ReactNode } from "react";
import { SkipLink } from "@/app/_components/skip-link";

/** Pages without the app's navigation still start with "Skip to content" (their <main id="main">). */
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      {children}
    </>
  );
}
