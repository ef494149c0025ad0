/** Share of control characters above which a file is taken for binary data. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * True when the bytes are not plausibly text: any NUL byte, or more than a tenth of control bytes
 * other than tab, line feed, carriage return and form feed. Checked on the raw bytes, because both
 * UTF-8 and GB18030 keep the ASCII control range for control characters only.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return control / bytes.length > MAX_CONTROL_SHARE;
}
