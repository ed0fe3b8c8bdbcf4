// The import's limit is the server's, not only the page's: a file over it that reaches the
// action anyway (sent without the page's own check) is refused, unread, with its size named.
import { beforeAll, describe, expect, it, vi } from "vitest";

const session = await vi.hoisted(async () => {
  (await import("../helpers/app-database")).useAppDatabase("amends-import-limit-");
  return { actor: null as null | { id: number; name: string; role: "admin" } };
});

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({ redirect: (url: string) => { throw new Error(`redirect ${url}`); } }));
vi.mock("@/app/_server/session", () => ({ currentActor: async () => session.actor }));

import { getDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { IMPORT_MAX_BYTES } from "@/lib/import/limits";
import { importAction } from "@/app/(app)/settings/import/actions";
import { generatedCsv } from "../helpers/import-csv";

beforeAll(() => {
  const db = getDb();
  seedDemo(db);
  session.actor = { ...(db.$client.prepare("select id, name from users where email = 'admin@demo.test'").get() as { id: number; name: string }), role: "admin" };
});

const upload = (csv: Buffer, intent: string) => {
  const data = new FormData();
  data.append("file", new File([new Uint8Array(csv)], "past.csv", { type: "text/csv" }));
  data.append("intent", intent);
  return data;
};
const count = () => (getDb().$client.prepare("select count(*) as n from setbacks").get() as { n: number }).n;

describe("the CSV import's size limit", () => {
  it("refuses a file one byte over it, naming its size and the limit, and imports nothing", async () => {
    const before = count();
    const csv = Buffer.concat([Buffer.from(generatedCsv(3)), Buffer.alloc(IMPORT_MAX_BYTES + 1 - Buffer.byteLength(generatedCsv(3)), "\n")]);
    expect(await importAction({}, upload(csv, "import"))).toEqual({
      formError: "The file is 10.1 MB; at most 10 MB can be imported at once. Split it into smaller files, or import it with npm run import on the server.",
    });
    expect(count()).toBe(before);
  });

  it("takes a file of exactly the limit", async () => {
    const csv = Buffer.concat([Buffer.from(generatedCsv(3)), Buffer.alloc(IMPORT_MAX_BYTES - Buffer.byteLength(generatedCsv(3)), "\n")]);
    expect(await importAction({}, upload(csv, "check"))).toMatchObject({ report: { dryRun: true, rows: 3, errors: [] } });
  });
});
