// "My follow-ups": what is overdue, due today and due in the next seven days.
import type { DayBounds } from "../time/days";

export interface AgendaItem {
  dueAt: number;
}

export interface Agenda<T> {
  overdue: T[];
  today: T[];
  nextWeek: T[];
}

export function groupAgenda<T extends AgendaItem>(items: readonly T[], bounds: DayBounds): Agenda<T> {
  const agenda: Agenda<T> = { overdue: [], today: [], nextWeek: [] };
  for (const item of [...items].sort((a, b) => a.dueAt - b.dueAt)) {
    if (item.dueAt < bounds.startOfToday) agenda.overdue.push(item);
    else if (item.dueAt < bounds.startOfTomorrow) agenda.today.push(item);
    else if (item.dueAt < bounds.endOfWeek) agenda.nextWeek.push(item);
  }
  return agenda;
}
