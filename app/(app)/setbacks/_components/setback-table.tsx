import Link from "next/link";
import { EmptyState } from "@/app/_components/empty-state";
import { SeverityBadge, StageBadge } from "@/app/_components/badges";
import type { SetbackListRow } from "@/db/queries/setbacks";
import { formatReference } from "@/lib/setbacks/reference";
import { formatDateTime } from "@/lib/time/zoned";

interface Props {
  rows: SetbackListRow[];
  timeZone: string;
  emptyTitle: string;
  showClient?: boolean;
}

export function SetbackTable({ rows, timeZone, emptyTitle, showClient = true }: Props) {
  if (rows.length === 0) return <EmptyState title={emptyTitle} />;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Reference</th>
            <th scope="col" className="px-4 py-2 font-medium">Title</th>
            {showClient ? <th scope="col" className="px-4 py-2 font-medium">Client</th> : null}
            <th scope="col" className="px-4 py-2 font-medium">Category</th>
            <th scope="col" className="px-4 py-2 font-medium">Severity</th>
            <th scope="col" className="px-4 py-2 font-medium">Stage</th>
            <th scope="col" className="px-4 py-2 font-medium">Owner</th>
            <th scope="col" className="px-4 py-2 font-medium">Discovered</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((s) => {
            const ref = formatReference(s.number);
            return (
              <tr key={s.id}>
                <td className="whitespace-nowrap px-4 py-2 font-mono text-xs">
                  <Link href={`/setbacks/${ref}`} className="text-indigo-700 hover:underline">{ref}</Link>
                </td>
                <td className="px-4 py-2">
                  <Link href={`/setbacks/${ref}`} className="font-medium text-slate-900 hover:underline">{s.title}</Link>
                </td>
                {showClient ? (
                  <td className="px-4 py-2">
                    <Link href={`/clients/${s.clientId}`} className="text-slate-700 hover:underline">{s.clientName}</Link>
                  </td>
                ) : null}
                <td className="px-4 py-2 text-slate-700">{s.category}</td>
                <td className="px-4 py-2"><SeverityBadge severity={s.severity} /></td>
                <td className="px-4 py-2"><StageBadge stage={s.stage} /></td>
                <td className="px-4 py-2 text-slate-700">{s.owner ?? "Unassigned"}</td>
                <td className="whitespace-nowrap px-4 py-2 text-slate-600">{formatDateTime(s.discoveredAt, timeZone)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
