/** A 文号 filling its paragraph: issuer code, year in any bracket, serial, `号` (`渝府发〔2019〕18号`, `国办发[2019]4号`). */
const DOC_NUMBER = /^([\u4e00-\u9fff]{1,12}?)[〔［\[（【(﹝] ?(\d{4}) ?[〕］\]）】)﹞] ?(\d{1,4}) ?号$/;

/** The canonical 文号 written in a paragraph (brackets `〔〕`, no spaces), if the paragraph is one. */
export function parseDocNumber(paragraph: string): string | undefined {
  const m = DOC_NUMBER.exec(paragraph.trim());
  return m ? `${m[1]}〔${m[2]}〕${Number(m[3])}号` : undefined;
}
