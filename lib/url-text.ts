/**
 * A URL component decoded, or as it came when it is not valid percent-encoding ("%" alone):
 * a malformed path or cookie is a "not found", never a server error.
 */
export function decodeOrKeep(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
