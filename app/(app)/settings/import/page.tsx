import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { IMPORT_LIMIT_TEXT } from "@/lib/import/limits";
import { IMPORT_COLUMNS } from "@/lib/import/rows";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import setbacks" };

export default async function ImportPage() {
  await requireActor("manage:settings:any");
  return (
    <div className="max-w-4xl">
      <PageHeader title="Import past setbacks" subtitle="From a spreadsheet: one row per setback. Every row is checked first; nothing is written until the whole file is clean." />
      <p className="mb-2 text-sm text-slate-700">Header row (UTF-8, RFC 4180 quoting), in any order:</p>
      <pre tabIndex={0} aria-label="The columns, in order" className="mb-4 overflow-x-auto rounded bg-slate-100 p-3 text-xs">{IMPORT_COLUMNS.join(",")}</pre>
      <p className="mb-2 text-sm text-slate-700">
        Empty means unknown. Dates are ISO 8601, from 1970 to 2099; a date without a time means 00:00 in the organisation&apos;s time zone. A client is matched by name in any case or Unicode form (“école müller” is “ÉCOLE MÜLLER”, “istanbul” is “İstanbul”), and created when new; the check lists which rows join an existing client.
        The timestamps create their records (a communication at <code>notified_at</code>, a done remedy task at <code>remedied_at</code>, …), so reports treat imported setbacks like the rest.
        A row whose <code>external_id</code> was imported before is skipped.
      </p>
      <p className="mb-6 text-sm text-slate-700">
        One file may be {IMPORT_LIMIT_TEXT} (some 60,000 rows). Split a larger one, or import it on the server with <code>npm run import</code>.
      </p>
      <ImportForm />
    </div>
  );
}
