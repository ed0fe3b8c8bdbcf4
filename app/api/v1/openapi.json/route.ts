import { openApiDocument } from "@/lib/api/openapi";
import { json } from "@/lib/api/problem";

/** The API's description; public, like the API's existence. */
export function GET() {
  return json(openApiDocument());
}
