import neo4j, { Neo4jError } from 'neo4j-driver';
import { luceneNameQuery, luceneQueryFor, escapeLucene } from '../../../src/store/neo4j/lucene-query';
import { translateDriverError } from '../../../src/store/neo4j/run-query';
import { rowToEdge, rowToNode, nodeToRow, toNumber } from '../../../src/store/neo4j/record-mapper';
import { StoreConflictError, StoreCorruptError, StoreUnavailableError } from '../../../src/store/store-errors';
import { fixtureGraph, GONGYE } from '../../fixtures/graph.fixtures';

describe('luceneQueryFor', () => {
  it('makes phrase queries of Chinese terms of two or more characters', () => {
    expect(luceneQueryFor(['工业职业', '学院'])).toBe('"工业职业" AND "学院"');
  });

  it('makes wildcard queries of Latin letters and digits, piece by piece', () => {
    expect(luceneQueryFor(['cqgy', 'Polytechnic', '1+x证书'])).toBe('*cqgy* AND *polytechnic* AND *1* AND *x* AND "证书"');
  });

  it('leaves out pieces the index cannot find: one Chinese character, Latin inside a stop word', () => {
    expect(luceneQueryFor(['学', 'polytechnic', 'he'])).toBe('*polytechnic*');
    expect(luceneQueryFor(['学', 'and', 'the', 'www', '·'])).toBe('*:*');
  });

  it('looks a whole name up by prefixes of the words it begins with, and its Chinese runs', () => {
    expect(luceneNameQuery('cqgyzyjsxy')).toBe('cqgyzyjsxy*');
    expect(luceneNameQuery('Chongqing Industry Polytechnic College')).toBe('chongqing* AND industry* AND polytechnic* AND college*');
    expect(luceneNameQuery("Xi'an 1+X证书")).toBe('xi* AND 1* AND "证书"');
    expect(luceneNameQuery('the 学')).toBe('*:*');
  });

  it('never asks for more than 64 pieces, however long the input', () => {
    const words = Array.from({ length: 500 }, (_, i) => `w${i}`);
    expect(luceneNameQuery(words.join(' ')).split(' AND ')).toHaveLength(64);
    expect(luceneQueryFor(words).split(' AND ')).toHaveLength(64);
  });

  it('escapes every Lucene syntax character', () => {
    expect(escapeLucene('a+b -c && d || !(e){f}[g]^"h"~*?:\\/')).toBe(
      'a\\+b \\-c \\&\\& d \\|\\| \\!\\(e\\)\\{f\\}\\[g\\]\\^\\"h\\"\\~\\*\\?\\:\\\\\\/',
    );
  });
});

describe('translateDriverError', () => {
  const error = (code: string, message = 'Invalid input in MATCH (n) RETURN n') => new Neo4jError(message, code, 'N/A', 'N/A');

  it.each(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable'])('%s → StoreUnavailableError', (code) => {
    expect(translateDriverError(error(code))).toBeInstanceOf(StoreUnavailableError);
  });

  it('a constraint violation → StoreConflictError', () => {
    expect(translateDriverError(error('Neo.ClientError.Schema.ConstraintValidationFailed'))).toBeInstanceOf(StoreConflictError);
  });

  it('anything else → a plain Error naming the code, never the Cypher', () => {
    const translated = translateDriverError(error('Neo.ClientError.Statement.SyntaxError'));
    expect(translated.message).toBe('Neo4j query failed (Neo.ClientError.Statement.SyntaxError)');
    expect(translated.message).not.toContain('MATCH');
  });

  it('a refused socket outside a Neo4jError → StoreUnavailableError; store errors pass through', () => {
    expect(translateDriverError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBeInstanceOf(StoreUnavailableError);
    const own = new StoreCorruptError('x');
    expect(translateDriverError(own)).toBe(own);
  });
});

describe('record mapper', () => {
  it('round-trips a node through the row Neo4j stores', () => {
    const node = fixtureGraph().nodes.find((n) => n.id === GONGYE)!;
    const row = nodeToRow(node);
    expect(row.searchText).toBe('重庆工业职业技术学院\nChongqing Industry Polytechnic College\n重庆工职院');
    expect(rowToNode(row)).toEqual(node);
  });

  it('turns Neo4j Integers into numbers and refuses unreadable rows', () => {
    expect(toNumber(neo4j.int(42))).toBe(42);
    expect(() => rowToNode({ id: 'x', kind: 'Castle', name: 'x' })).toThrow(StoreCorruptError);
    expect(() => rowToEdge({ id: 'e', type: 'LEADS', source: 'a', target: 'b', props: '{oops' })).toThrow(/edge e has a props value/);
  });
});
