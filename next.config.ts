import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native addons are loaded by Node at run time, never bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  experimental: {
    // forbidden() answers a wrong role with a 403 page.
    authInterrupts: true,
    // The CSV import uploads whole spreadsheets; every other form is small.
    serverActions: { bodySizeLimit: "30mb" },
  },
};

export default nextConfig;
