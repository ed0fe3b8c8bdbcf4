// Refuse to start without what production needs, with a message that says what to do, rather
// than failing on the first sign-in.
import { authSecret } from "./app/_server/auth-secret";
import { checkFrontServer } from "./app/_server/front-server";

try {
  checkFrontServer();
  authSecret();
} catch (error) {
  console.error(`Amends cannot start: ${(error as Error).message}`);
  process.exit(1);
}
