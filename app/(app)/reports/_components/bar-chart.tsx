"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface Bars {
  label: string;
  value: number | null;
}

/** One figure per group, as bars; the table beside it carries the same figures for everyone. */
export default function GroupBarChart({ bars, unit }: { bars: Bars[]; unit: string }) {
  return (
    <div className="h-48 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={bars} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" fontSize={11} interval={0} />
          <YAxis fontSize={11} unit={unit} />
          <Tooltip />
          <Bar dataKey="value" name={unit === "h" ? "Median (h)" : "Total"} fill="#6366f1" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
