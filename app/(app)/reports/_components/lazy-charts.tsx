"use client";
import dynamic from "next/dynamic";

// The chart library is loaded on this page only, and only in the browser.
export const LazyTrendChart = dynamic(() => import("./trend-chart"), {
  ssr: false,
  loading: () => <div className="h-64 animate-pulse rounded bg-slate-100" />,
});

export const LazyBarChart = dynamic(() => import("./bar-chart"), {
  ssr: false,
  loading: () => <div className="h-48 animate-pulse rounded bg-slate-100" />,
});
