import type { Metadata } from "next";
import type { ReactNode } from "react";
import { TimeZoneCookie } from "./_components/time-zone-cookie";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Amends", template: "%s · Amends" },
  description: "Track every client-facing setback from discovery to the lesson learned.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <TimeZoneCookie />
        {children}
      </body>
    </html>
  );
}
