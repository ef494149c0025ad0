import { decodeCursor, encodeCursor } from '../../../src/api/pagination/cursor';
import { fromGlobalId, toGlobalId } from '../../../src/api/ids/global-id';
import { decodeBase64Url } from '../../../src/api/ids/base64url';

describe('cursors', () => {
  it.each(['School:重庆电子工程职业学院', 'MEMBER_OF:97d6ed1e723005c6', '0000000000000003/Clause:渝府发〔2019〕18号#二/（一）', ''])(
    'round-trips the key %j',
    (key) => {
      const cursor = encodeCursor(key);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toBe(key);
    },
  );

  it.each(['', 'not a cursor', '%%%', Buffer.from('School:x').toString('base64url'), 'Y3Vyc29yOkE='])(
    'refuses %j with BAD_USER_INPUT naming the argument',
    (bad) => {
      expect(() => decodeCursor(bad, 'before')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'before' }) }));
    },
  );
});

describe('global ids', () => {
  it('encodes kind and store id opaquely and decodes them back', () => {
    const id = toGlobalId('Clause', 'Clause:渝府发〔2019〕18号#三/（二）/1');
    expect(id).not.toContain(':');
    expect(fromGlobalId(id)).toEqual({ type: 'Clause', storeId: 'Clause:渝府发〔2019〕18号#三/（二）/1' });
    expect(fromGlobalId(toGlobalId('Relation', 'CITES:abc'))).toEqual({ type: 'Relation', storeId: 'CITES:abc' });
  });

  it('accepts raw store ids (they contain ":", which base64url never does) with the type left open', () => {
    expect(fromGlobalId(' School:重庆工业职业技术学院 ')).toEqual({ type: undefined, storeId: 'School:重庆工业职业技术学院' });
  });

  it.each(['', '!!', Buffer.from('NoColon').toString('base64url'), Buffer.from('Planet:x').toString('base64url')])('refuses %j', (bad) => {
    expect(() => fromGlobalId(bad)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('only decodes canonical base64url', () => {
    expect(decodeBase64Url('YQ')).toBe('a');
    expect(decodeBase64Url('YR')).toBeUndefined();
  });
});
