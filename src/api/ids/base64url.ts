/** Base64url without padding: safe in URLs and JSON, and never contains `:`. */
export function encodeBase64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** Decodes base64url, or returns undefined when `value` is not base64url. */
export function decodeBase64Url(value: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return undefined;
  const text = Buffer.from(value, 'base64url').toString('utf8');
  // Buffer decoding is lenient: only a round trip proves the input was a real encoding.
  return encodeBase64Url(text) === value ? text : undefined;
}
