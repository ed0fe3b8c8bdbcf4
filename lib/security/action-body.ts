// What proxy.ts checks in a server action's body before Next.js decodes it. React parses as JSON
// the whole body when it is text, and, in a multipart body, the fields named by a number (the
// arguments; "$ACTION_1:0" in a form posted without JavaScript). A form's own fields, "1_what",
// and files are plain values and are not looked at.
import { nestsDeeperThan } from "./json-depth";

/** Far above what any form of the app sends (a form's arguments nest four or five deep). */
export const MAX_ACTION_NESTING = 64;

const MODEL_FIELD = /^(?:\$ACTION_[^:]*:)?S?\d+$/;

export type ActionBodyCheck = "ok" | "too deep" | "unreadable";

export async function checkActionBody(request: Request): Promise<ActionBodyCheck> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) {
    return nestsDeeperThan(await request.text(), MAX_ACTION_NESTING) ? "too deep" : "ok";
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return "unreadable"; // Next.js would fail on it too ("Unexpected end of form"), with a 500
  }
  for (const [name, value] of form) {
    if (typeof value === "string" && MODEL_FIELD.test(name) && nestsDeeperThan(value, MAX_ACTION_NESTING)) return "too deep";
  }
  return "ok";
}
