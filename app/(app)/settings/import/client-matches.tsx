import type { ClientPlan } from "@/lib/import/clients";

const SHOWN_LINES = 10;

/** "2, 5, 9", or the first ten lines and how many more, for a client most of a file names. */
function linesText(lines: readonly number[]): string {
  const shown = lines.slice(0, SHOWN_LINES).join(", ");
  return lines.length > SHOWN_LINES ? `${shown} and ${lines.length - SHOWN_LINES} more` : shown;
}

const th = "pr-4 font-medium";

/**
 * Which client each row will be filed under: rows whose name means an existing client (any
 * case, Unicode form or Turkish İ: lib/clients/name-key.ts) join it, and say so before the
 * import rather than after, when a misfiled setback is harder to notice.
 */
export function ClientMatches({ clients }: { clients: ClientPlan }) {
  if (!clients.joining.length && !clients.created.length) return null;
  return (
    <div className="mt-4 space-y-4">
      {clients.joining.length ? (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left" aria-label="Rows that join an existing client">
            <caption className="mb-1 text-left font-medium">Rows that join an existing client</caption>
            <thead className="text-slate-600">
              <tr><th scope="col" className={th}>Name in the file</th><th scope="col" className={th}>Existing client</th><th scope="col" className={th}>Lines</th></tr>
            </thead>
            <tbody>
              {clients.joining.map((j) => (
                <tr key={`${j.clientId} ${j.name}`}>
                  <td className="pr-4">{j.name}</td>
                  <td className="pr-4"><a className="text-indigo-700 underline" href={`/clients/${j.clientId}`}>{j.client}</a></td>
                  <td className="tabular-nums">{linesText(j.lines)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {clients.created.length ? (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left" aria-label="New clients">
            <caption className="mb-1 text-left font-medium">New clients</caption>
            <thead className="text-slate-600">
              <tr><th scope="col" className={th}>Name</th><th scope="col" className={th}>Also spelled</th><th scope="col" className={th}>Lines</th></tr>
            </thead>
            <tbody>
              {clients.created.map((c) => (
                <tr key={c.name}>
                  <td className="pr-4">{c.name}</td>
                  <td className="pr-4">{c.spellings.join(", ")}</td>
                  <td className="tabular-nums">{linesText(c.lines)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
