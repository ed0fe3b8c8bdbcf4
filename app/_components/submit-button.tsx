"use client";
import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";

const variants = {
  primary: "bg-indigo-600 text-white hover:bg-indigo-700 disabled:bg-indigo-300",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:text-slate-500",
  danger: "border border-red-300 bg-white text-red-700 hover:bg-red-50 disabled:text-red-300",
};

export function SubmitButton({
  children,
  variant = "primary",
  pendingText,
}: {
  children: ReactNode;
  variant?: keyof typeof variants;
  pendingText?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className={`inline-flex items-center rounded-md px-4 py-2 text-sm font-medium shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-300 ${variants[variant]}`}
    >
      {pending && pendingText ? pendingText : children}
    </button>
  );
}
