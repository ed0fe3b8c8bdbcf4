import type { NextConfig } from "next";
import { ACTION_BODY_MAX_BYTES } from "./lib/security/body-limits";

const nextConfig: NextConfig = {
  // Native addons are loaded by Node at run time, never bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  // On every answer: no MIME sniffing, no framing (clickjacking), no referrer sent to other
  // sites. The Content-Security-Policy, with its per-response nonce, comes from proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
  experimental: {
    // forbidden() answers a wrong role with a 403 page.
    authInterrupts: true,
    // The CSV import uploads whole spreadsheets (lib/import/limits.ts); every other form is
    // small. Both limits must agree: proxy.ts reads a copy of the body, cut off at its own limit
    // (10 MB by default), and the action then gets the cut-off body ("Unexpected end of form").
    serverActions: { bodySizeLimit: ACTION_BODY_MAX_BYTES },
    proxyClientMaxBodySize: ACTION_BODY_MAX_BYTES,
  },
};

export default nextConfig;
