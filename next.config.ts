import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native addons are loaded by Node at run time, never bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  // On every answer: no MIME sniffing, no framing (clickjacking), no referrer sent to other
  // sites, and a policy that keeps forms, <base> and plugins to this origin. A script policy
  // with nonces is issue 8's next step.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
        ],
      },
    ];
  },
  experimental: {
    // forbidden() answers a wrong role with a 403 page.
    authInterrupts: true,
    // The CSV import uploads whole spreadsheets; every other form is small.
    serverActions: { bodySizeLimit: "30mb" },
  },
};

export default nextConfig;
