// The frame of every mail Amends sends to the team: the organisation's name, what happened in a
// few short paragraphs, one link to the exact page, and why they get it with a link to their
// notification settings. A text part and an HTML part with the same words; every value that came
// from a record is escaped in the HTML.
import type { MailContent } from "../message";

export interface MailLinks {
  /** Where people open Amends: AMENDS_URL, "https://amends.example.com". */
  baseUrl: string;
  organisationName: string;
}

export interface TeamMail {
  subject: string;
  greeting: string;
  paragraphs: readonly string[];
  action: { label: string; path: string };
  /** Why this person gets this mail ("You own SB-0012."). */
  reason: string;
  /** A subscription's headers (List-Unsubscribe); none for a notice about one's own work. */
  headers?: Record<string, string>;
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

export const absolute = (links: MailLinks, path: string) => new URL(path, links.baseUrl.endsWith("/") ? links.baseUrl : `${links.baseUrl}/`).toString();

export const SETTINGS_PATH = "/settings/notifications";

export function teamMail(links: MailLinks, mail: TeamMail): MailContent {
  const action = absolute(links, mail.action.path);
  const settings = absolute(links, SETTINGS_PATH);
  const signature = `Amends for ${links.organisationName}`;
  const text = [
    mail.greeting,
    "",
    ...mail.paragraphs.flatMap((p) => [p, ""]),
    `${mail.action.label}: ${action}`,
    "",
    "—",
    signature,
    `${mail.reason} Choose what you are told: ${settings}`,
    "",
  ].join("\n");
  const html = [
    `<!doctype html><html><body style="font-family: system-ui, sans-serif; color: #0f172a; line-height: 1.5">`,
    `<p>${escapeHtml(mail.greeting)}</p>`,
    ...mail.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(action)}" style="color: #4338ca; font-weight: 600">${escapeHtml(mail.action.label)}</a></p>`,
    `<hr style="border: none; border-top: 1px solid #e2e8f0">`,
    `<p style="font-size: 13px; color: #475569">${escapeHtml(signature)}<br>${escapeHtml(mail.reason)} <a href="${escapeHtml(settings)}" style="color: #4338ca">Choose what you are told</a>.</p>`,
    `</body></html>`,
  ].join("\n");
  return { subject: mail.subject, text, html, ...(mail.headers ? { headers: mail.headers } : {}) };
}
