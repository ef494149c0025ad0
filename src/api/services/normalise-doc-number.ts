/**
 * The canonical form of a 文号 as the ingest writes it (`渝府发〔2019〕18号`): spaces dropped and the
 * year brackets, however typed ([ ]、［ ］、【 】、( )、（ ）、〔 〕), made 〔 〕.
 */
export function normaliseDocNumber(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[[［【(（〔]\s*(\d{4})\s*[\]］】)）〕]/, '〔$1〕');
}
