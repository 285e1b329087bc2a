/** Reads a locale's messages.json from the extension package into key → message. */
export function flattenMessages(json: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof json !== 'object' || json === null) return out;
  for (const [key, entry] of Object.entries(json)) {
    const message = (entry as { message?: unknown } | null)?.message;
    if (typeof message === 'string') out[key] = message;
  }
  return out;
}
