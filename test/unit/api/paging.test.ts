import { sliceConnection } from '../../../src/api/pagination/connection';
import { decodeCursor, encodeCursor } from '../../../src/api/pagination/cursor';
import { toPageRequest } from '../../../src/api/pagination/page-request';

const items = ['a', 'b', 'c', 'd', 'e'];
const page = (args: Parameters<typeof toPageRequest>[0]) =>
  sliceConnection(items, (x) => x, toPageRequest(args, 10), (node, cursor) => ({ node, cursor }));
const nodes = (c: ReturnType<typeof page>) => c.edges.map((e) => e.node);

describe('toPageRequest', () => {
  it('defaults to a forward page of 20, capped by the maximum', () => {
    expect(toPageRequest({}, 100)).toEqual({ direction: 'forward', size: 20, after: undefined });
    expect(toPageRequest({}, 5)).toEqual({ direction: 'forward', size: 5, after: undefined });
  });

  it('decodes cursors and chooses the direction', () => {
    expect(toPageRequest({ last: 3, before: encodeCursor('k') }, 10)).toEqual({ direction: 'backward', size: 3, before: 'k' });
  });

  it.each([[{ first: 11 }], [{ last: 11 }], [{ first: -1 }], [{ first: 1.5 }], [{ first: 1, before: encodeCursor('a') }], [{ last: 1, after: encodeCursor('a') }]])(
    'refuses %j',
    (args) => {
      expect(() => toPageRequest(args, 10)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    },
  );
});

describe('sliceConnection', () => {
  it('pages forward with flags and cursors', () => {
    const first = page({ first: 2 });
    expect(nodes(first)).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeCursor(first.pageInfo.endCursor!)).toBe('b');
    const second = page({ first: 2, after: first.pageInfo.endCursor });
    expect(nodes(second)).toEqual(['c', 'd']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(nodes(page({ first: 2, after: encodeCursor('d') }))).toEqual(['e']);
    expect(first.totalCount).toBe(5);
  });

  it('pages backward', () => {
    const last = page({ last: 2 });
    expect(nodes(last)).toEqual(['d', 'e']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const earlier = page({ last: 2, before: last.pageInfo.startCursor });
    expect(nodes(earlier)).toEqual(['b', 'c']);
    expect(nodes(page({ last: 9, before: encodeCursor('b') }))).toEqual(['a']);
  });

  it('keeps a cursor valid when its item is gone or new items arrive (keyset, not offset)', () => {
    const cursor = encodeCursor('bb');
    expect(nodes(page({ first: 2, after: cursor }))).toEqual(['c', 'd']);
    expect(nodes(page({ last: 1, before: cursor }))).toEqual(['b']);
  });

  it('returns an empty page with null cursors past the end', () => {
    const empty = page({ first: 2, after: encodeCursor('z') });
    expect(empty.edges).toEqual([]);
    expect(empty.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });
});
