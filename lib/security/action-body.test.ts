import { describe, expect, it } from "vitest";
import { checkActionBody, MAX_ACTION_NESTING } from "./action-body";

const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://localhost/login", { method: "POST", body, headers });
const form = (entries: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
};

describe("a server action's body, before Next.js decodes it", () => {
  it("is refused when the arguments React will parse nest too deeply", async () => {
    expect(await checkActionBody(post(deep(MAX_ACTION_NESTING + 1), { "content-type": "text/plain;charset=UTF-8" }))).toBe("too deep");
    expect(await checkActionBody(post(form({ "0": deep(200_000) })))).toBe("too deep");
    expect(await checkActionBody(post(form({ "0": '["$K1"]', "3": deep(100) })))).toBe("too deep");
    expect(await checkActionBody(post(form({ "$ACTION_REF_1": "", "$ACTION_1:0": '{"id":"x","bound":"$@1"}', "$ACTION_1:1": deep(100) })))).toBe("too deep");
  });

  it("takes what the app's forms send, and leaves a person's own fields and files alone", async () => {
    expect(await checkActionBody(post(deep(MAX_ACTION_NESTING), { "content-type": "text/plain" }))).toBe("ok");
    const ordinary = form({ "0": '[{"ok":false,"fieldErrors":{"what":["Tell us"]}},"$K1"]', "1_what": deep(1000), "1_file": new Blob([deep(1000)]) });
    expect(await checkActionBody(post(ordinary))).toBe("ok");
    expect(await checkActionBody(post(form({ $ACTION_REF_1: "", "$ACTION_1:1": "[{}]", what: deep(1000) })))).toBe("ok");
  });

  it("calls a multipart body it cannot read unreadable", async () => {
    const cut = "--x\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[1";
    expect(await checkActionBody(post(cut, { "content-type": "multipart/form-data; boundary=x" }))).toBe("unreadable");
  });
});
