/**
 * A time zone as a person names it: "Europe/London" → "London", "America/Argentina/Buenos_Aires"
 * → "Buenos Aires", "UTC" → "UTC". For "When did it happen? … London time" on the client's page.
 */
export function zoneName(timeZone: string): string {
  const city = timeZone.split("/").pop() ?? timeZone;
  return city.replace(/_/g, " ") || timeZone;
}
