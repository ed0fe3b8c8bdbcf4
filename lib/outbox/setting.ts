// How the scheduler runs, from the environment (README, "Configuration"): whether this process
// runs it (AMENDS_SCHEDULER), how often it sweeps (AMENDS_SWEEP_SECONDS), where mail links point
// (AMENDS_URL) and how mail goes out (lib/mail/config.ts). A wrong value stops the start.
import os from "node:os";
import { randomBytes } from "node:crypto";
import { readMailSetting, type MailSetting } from "../mail/config";

export interface SchedulerSetting {
  /** AMENDS_SCHEDULER=off in web processes when `npm run worker` runs it elsewhere. */
  on: boolean;
  everyMs: number;
  baseUrl: string;
  mail: Exclude<MailSetting, { error: string }>;
}

export type SettingResult = { ok: true; setting: SchedulerSetting } | { ok: false; message: string };

export const DEFAULT_SWEEP_SECONDS = 60;

export function readSchedulerSetting(env: Record<string, string | undefined> = process.env): SettingResult {
  const scheduler = (env.AMENDS_SCHEDULER ?? "on").trim().toLowerCase();
  if (scheduler !== "on" && scheduler !== "off") return { ok: false, message: `AMENDS_SCHEDULER must be on or off (it is "${env.AMENDS_SCHEDULER}")` };
  const seconds = env.AMENDS_SWEEP_SECONDS?.trim() || String(DEFAULT_SWEEP_SECONDS);
  if (!/^\d+$/.test(seconds) || Number(seconds) < 1 || Number(seconds) > 3600) {
    return { ok: false, message: `AMENDS_SWEEP_SECONDS must be a whole number of seconds from 1 to 3600 (it is "${env.AMENDS_SWEEP_SECONDS}")` };
  }
  const baseUrl = env.AMENDS_URL?.trim() || `http://localhost:${env.PORT?.trim() || "3000"}`;
  if (!/^https?:\/\/[^/\s]+/i.test(baseUrl) || !URL.canParse(baseUrl)) {
    return { ok: false, message: `AMENDS_URL must be the address people open Amends at, like https://amends.example.com (it is "${env.AMENDS_URL}")` };
  }
  const mail = readMailSetting(env);
  if ("error" in mail) return { ok: false, message: mail.error };
  return { ok: true, setting: { on: scheduler === "on", everyMs: Number(seconds) * 1000, baseUrl: baseUrl.replace(/\/+$/, ""), mail } };
}

/** This process's name in leases and claims. */
export function workerName(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}
