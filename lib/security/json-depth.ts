// How deeply a JSON text nests, counted without parsing it: React decodes a server action's
// arguments with a recursive function, so a body nested 200,000 deep overflows the stack (a
// 500) before the action can refuse it. Brackets inside strings do not count.

/** Whether `text` opens more than `max` arrays or objects inside one another. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
