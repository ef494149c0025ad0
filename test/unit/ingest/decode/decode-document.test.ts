import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeDocument, DocumentError } from '../../../../src/ingest/decode';

const ROOT = path.resolve(__dirname, '../../../..');
const LIMIT = { maxBytes: 1_000_000 };
const utf8 = (text: string) => new TextEncoder().encode(text);

function reasonOf(bytes: Uint8Array, options = LIMIT): string {
  try {
    decodeDocument('doc.txt', bytes, options);
  } catch (e) {
    expect(e).toBeInstanceOf(DocumentError);
    expect((e as DocumentError).file).toBe('doc.txt');
    expect((e as DocumentError).message).toMatch(/^doc\.txt: /);
    return (e as DocumentError).reason;
  }
  throw new Error('no error');
}

describe('decodeDocument', () => {
  it('reads UTF-8 with and without a BOM, keeping the text unchanged', () => {
    const text = '重庆市人民政府\r\n关于印发（一）方案的通知\n';
    expect(decodeDocument('a.txt', utf8(text), LIMIT)).toEqual({ file: 'a.txt', original: text, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(decodeDocument('b.txt', withBom, LIMIT).original).toBe(text);
  });

  it('falls back to GB18030 for a file that is not UTF-8', () => {
    const file = path.join(ROOT, 'test/fixtures/documents/municipal-opinion.gb18030.txt');
    const bytes = readFileSync(file);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const source = decodeDocument(file, bytes, LIMIT);
    expect(source.encoding).toBe('gb18030');
    expect(source.original.startsWith('云岭市教育委员会\n云岭市财政局\n')).toBe(true);
    expect(source.original).toContain('云教发〔２０２３〕１２号');
  });

  it('decodes every seed as UTF-8', () => {
    for (const seed of ['000_8eace2c39db8196d.txt', '004_8cc0f5bbd6b51b9c.txt']) {
      const bytes = readFileSync(path.join(ROOT, 'seeds', seed));
      expect(decodeDocument(seed, bytes, LIMIT).encoding).toBe('utf-8');
    }
  });

  it('rejects an empty file and one holding only white space', () => {
    expect(reasonOf(new Uint8Array())).toBe('empty');
    expect(reasonOf(utf8(' \n\t\r\n'))).toBe('empty');
  });

  it('rejects a file over the size limit, naming both sizes', () => {
    expect(reasonOf(utf8('职业教育'.repeat(10)), { maxBytes: 100 })).toBe('too-large');
    expect(() => decodeDocument('big.txt', utf8('职业教育'.repeat(10)), { maxBytes: 100 })).toThrow(/120 bytes.*100/);
    expect(decodeDocument('ok.txt', utf8('职业教育'.repeat(10)), { maxBytes: 120 }).original).toHaveLength(40);
  });

  it('rejects binary data: NUL bytes, or many control characters', () => {
    expect(reasonOf(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toBe('binary');
    const controls = new Uint8Array(100).fill(0x41);
    for (let i = 0; i < 20; i++) controls[i * 5] = 0x07;
    expect(reasonOf(controls)).toBe('binary');
    // A few form feeds and tabs are text.
    expect(decodeDocument('t.txt', utf8('第一页\f第二页\t完'), LIMIT).original).toBe('第一页\f第二页\t完');
  });

  it('says so when a UTF-8 file ends in the middle of a character', () => {
    const bytes = utf8('重庆市职业教育');
    expect(reasonOf(bytes.subarray(0, bytes.length - 1))).toBe('truncated');
    expect(reasonOf(bytes.subarray(0, bytes.length - 2))).toBe('truncated');
    const seed = readFileSync(path.join(ROOT, 'seeds/003_153e1550bd3074b1.txt'));
    const cut = seed.subarray(0, 301);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(cut)).toThrow();
    expect(() => decodeDocument('003', cut, LIMIT)).toThrow(/middle of a UTF-8 character/);
  });

  it('says so when a GB18030 file ends in the middle of a character', () => {
    const bytes = readFileSync(path.join(ROOT, 'test/fixtures/documents/municipal-opinion.gb18030.txt'));
    expect(bytes[bytes.length - 1]).toBe(0x0a);
    // The file ends with `日\n`; `日` is two bytes in GB18030, so dropping three bytes leaves its lead byte.
    const cut = bytes.subarray(0, bytes.length - 2);
    expect(decodeDocument('x', bytes.subarray(0, bytes.length - 3), LIMIT).original.endsWith('２０')).toBe(true);
    expect(reasonOf(cut)).toBe('truncated');
    expect(() => decodeDocument('x', cut, LIMIT)).toThrow(/middle of a GB18030 character/);
  });

  it('rejects bytes that are neither UTF-8 nor GB18030', () => {
    // 0xFF is never valid in either; a GB18030 lead byte followed by a space is no character either.
    expect(reasonOf(new Uint8Array([0x41, 0xff, 0x41, 0x42]))).toBe('encoding');
    expect(() => decodeDocument('x.txt', new Uint8Array([0xd6, 0x20, 0x41]), LIMIT)).toThrow(/not UTF-8 or GB18030/);
  });
});
