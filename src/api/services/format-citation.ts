/** The facts a citation of a policy document needs. */
export interface CitableDocument {
  title: string;
  issuers: readonly string[];
  docNumber?: string | null;
  /** YYYY-MM-DD, or a prefix of it. */
  date?: string | null;
}

/**
 * A GB/T 7714-2015 reference to a policy document, cited as "other" ([Z]):
 * `发文单位. 题名: 文号[Z]. 日期.` — parts the document lacks are left out.
 */
export function formatCitation(doc: CitableDocument): string {
  const issuers = doc.issuers.map((i) => i.trim()).filter(Boolean);
  const title = doc.title.trim() || '（无题名）';
  const head = issuers.length > 0 ? `${issuers.join(', ')}. ${title}` : title;
  const number = doc.docNumber?.trim() ? `: ${doc.docNumber.trim()}` : '';
  const date = doc.date?.trim() ? ` ${doc.date.trim()}.` : '';
  return `${head}${number}[Z].${date}`;
}
