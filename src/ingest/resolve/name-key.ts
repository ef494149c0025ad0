/**
 * The form of a name used to compare names: NFKC, no spaces or quotes, one kind of bracket and dash,
 * Latin letters lower-cased. `华为 ICT 产业学院` and `“华为ICT产业学院”` have the same key.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s“”"'‘’「」『』《》〈〉<>]/g, '')
    .replace(/[—–－‐]/g, '-')
    .replace(/[【\[]/g, '(')
    .replace(/[】\]]/g, ')')
    .toLowerCase();
}

/**
 * The name as it should be shown: NFKC, no quotes, no spaces except between two Latin words, and
 * full-width brackets as Chinese text writes them (`重庆机电控股（集团）公司`).
 */
export function displayName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[“”"「」『』]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/\s+/g, ' ')
    .replace(/ (?![A-Za-z0-9])|(?<![A-Za-z0-9]) /g, '')
    .trim();
}
