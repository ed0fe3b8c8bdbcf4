// The stage timestamps of lib/setbacks/milestones.ts, as SQL over one setback row `s`: the
// triggers of migration 0006 keep them on the setbacks row, and tests hold both to these.
import { sql } from "drizzle-orm";

export const notifiedAtSql = sql<number | null>`(
  select min(c.occurred_at) from communications c
  where c.setback_id = s.id and c.direction = 'outbound'
    and not exists (select 1 from communications k where k.corrects_id = c.id))`;

export const remediedAtSql = sql<number | null>`(
  case when exists (select 1 from remedy_tasks t where t.setback_id = s.id and t.status = 'open') then null
  else (select max(t.done_at) from remedy_tasks t where t.setback_id = s.id and t.status = 'done') end)`;

export const followedUpAtSql = sql<number | null>`(
  select min(f.done_at) from follow_ups f where f.setback_id = s.id and f.status = 'done')`;
