"use client";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TrendPoint } from "@/db/queries/reports/response-report";

/** Monthly median time to notify (bars) and notification target met % (line). The table beside it carries the figures. */
export default function TrendChart({ points }: { points: TrendPoint[] }) {
  return (
    <div className="h-64 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" fontSize={12} />
          <YAxis yAxisId="h" fontSize={12} label={{ value: "hours", angle: -90, position: "insideLeft", fontSize: 12 }} />
          <YAxis yAxisId="p" orientation="right" domain={[0, 100]} fontSize={12} unit="%" />
          <Tooltip />
          <Legend />
          <Bar yAxisId="h" dataKey="medianTtnHours" name="Median time to notify (h)" fill="#6366f1" />
          <Line yAxisId="p" dataKey="targetMetPercent" name="Target met %" stroke="#059669" strokeWidth={2} connectNulls />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
