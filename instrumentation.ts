// Runs once when the server starts: refuse to start without what production needs, with a
// message that says what to do, rather than failing on the first sign-in.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { authSecret } = await import("./app/_server/auth-secret");
  try {
    authSecret();
  } catch (error) {
    console.error(`Amends cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}
