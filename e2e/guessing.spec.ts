// Guessing client links and API tokens, through the real server: after 20 tokens nobody holds
// from one address, that address waits (429 with Retry-After), even with a right one, while
// others are not held back. Each test is its own loopback address, so no other test waits.
import crypto from "node:crypto";
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE, E2E_PORT } from "./env";
import { requestFrom, someLoopbackAddress } from "./http-from";

const BASE = `http://127.0.0.1:${E2E_PORT}`;
const FREE = 20;
const guess = () => crypto.randomBytes(32).toString("base64url");

test("an address that opens 20 client links nobody holds is asked to wait, even for a real link", async () => {
  const realLink = execFileSync("npx", ["tsx", "e2e/make-links.ts", "1"], { env: { ...process.env, DATABASE_URL: E2E_DATABASE }, encoding: "utf8" }).trim();
  const guesser = someLoopbackAddress();
  for (let i = 0; i < FREE; i++) expect((await requestFrom(guesser, `${BASE}/feedback/${guess()}`)).status, `guess ${i}`).toBe(404);
  for (const token of [guess(), realLink]) {
    const answer = await requestFrom(guesser, `${BASE}/feedback/${token}`);
    expect(answer.status).toBe(429);
    expect(Number(answer.headers["retry-after"])).toBeGreaterThan(0);
    expect(answer.headers["content-type"]).toContain("text/html");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.body).toContain("Please wait a moment");
    expect(answer.body).toMatch(/Wait \d+ minutes?, then open your link again/);
  }
  // Someone else, with the real link, is not held back.
  const other = await requestFrom(someLoopbackAddress(), `${BASE}/feedback/${realLink}`);
  expect(other.status).toBe(200);
  expect(other.body).toContain("Is anything not working for you?");
});

test("an address that sends 20 API tokens nobody holds gets 429 with Retry-After, even with a real token", async () => {
  const realToken = execFileSync("npx", ["tsx", "scripts/token-create.ts", "--email", "member@demo.test", "--name", "Guessing"], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE },
    encoding: "utf8",
  }).trim().split("\n").at(-1)!;
  const list = (from: string, token: string) => requestFrom(from, `${BASE}/api/v1/setbacks?limit=1`, { headers: { authorization: `Bearer ${token}` } });
  const guesser = someLoopbackAddress();
  for (let i = 0; i < FREE; i++) expect((await list(guesser, `amends_${guess()}`)).status, `guess ${i}`).toBe(401);
  for (const token of [`amends_${guess()}`, realToken]) {
    const answer = await list(guesser, token);
    expect(answer.status).toBe(429);
    expect(Number(answer.headers["retry-after"])).toBeGreaterThan(0);
    expect(answer.headers["content-type"]).toBe("application/problem+json");
    expect(JSON.parse(answer.body)).toMatchObject({ status: 429, detail: expect.stringMatching(/^Too many unknown tokens from your address\. Try again in \d+ minutes?\.$/) });
  }
  expect((await list(someLoopbackAddress(), realToken)).status).toBe(200);
});
