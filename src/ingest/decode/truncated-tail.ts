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
