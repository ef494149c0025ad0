/**
 * How many bytes at the end form an incomplete UTF-8 sequence (0 when the end is clean): a lead byte
 * announcing more continuation bytes than follow it.
 */
export function truncatedUtf8Tail(bytes: Uint8Array): number {
  // A sequence is at most 4 bytes, so its lead byte is within the last 4.
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

const isGbLead = (b: number | undefined) => b !== undefined && b >= 0x81 && b <= 0xfe;
const isGbDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;

/**
 * How many bytes at the end could be an unfinished GB18030 character: a lead byte, a lead and a
 * digit, or lead–digit–lead (the first three of a four-byte sequence). Only a guess: a complete
 * two-byte character can also end in a lead-range byte, so callers check the rest decodes.
 */
export function truncatedGb18030Tail(bytes: Uint8Array): number {
  const n = bytes.length;
  if (isGbLead(bytes[n - 3]) && isGbDigit(bytes[n - 2]) && isGbLead(bytes[n - 1])) return 3;
  if (isGbLead(bytes[n - 2]) && isGbDigit(bytes[n - 1])) return 2;
  return isGbLead(bytes[n - 1]) ? 1 : 0;
}
