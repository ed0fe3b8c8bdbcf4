import { openApiDocument } from "@/lib/api/openapi";

/** The API's description; public, like the API's existence. */
export function GET() {
  return Response.json(openApiDocument());
}
