/** Endings of the names of bodies that issue or sign documents. */
const ISSUER_SUFFIX = /(?:人民政府|政府|办公室|办公厅|委员会|管委会|局|委|厅|部|署|院|会|办|中心|公司|学校|学院|大学)$/;

/** True when a short, punctuation-free text reads as the name of an issuing body. */
export function looksLikeIssuer(text: string): boolean {
  return text.length >= 3 && text.length <= 30 && !/[，。；：、（）“”《》\d]/.test(text) && ISSUER_SUFFIX.test(text);
}

/** Splits a line holding one or more issuer names (joint issuers may share a line, separated by spaces). */
export function splitIssuers(text: string): string[] | undefined {
  const parts = text.trim().split(/ +/);
  return parts.every(looksLikeIssuer) ? parts : undefined;
}
