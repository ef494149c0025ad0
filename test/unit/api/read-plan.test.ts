import 'reflect-metadata';
import { parse } from 'graphql';
import { buildApiSchema } from '../../../src/api';
import { documentReadsEvidence } from '../../../src/api/loaders/read-plan';

describe('documentReadsEvidence', () => {
  let schema: Awaited<ReturnType<typeof buildApiSchema>>;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });
  const reads = (query: string) => documentReadsEvidence(schema, parse(query));

  it('is false for queries that show no evidence', () => {
    expect(reads('{ entity(name: "x") { id name relations { edges { node { id type } other { id } } } } }')).toBe(false);
    expect(reads('{ neighbourhood(id: "x") { nodes { id } edges { id type source { id } } } }')).toBe(false);
    expect(reads('{ document(id: "x") { title clauses { edges { node { text responsible { name } } } } } }')).toBe(false);
  });

  it('is true when any field, however deep or inside a fragment, returns Evidence or Mention', () => {
    expect(reads('{ entity(name: "x") { evidence { quote } } }')).toBe(true);
    expect(reads('{ paths(from: "a", to: "b") { relations { evidence { quote } } } }')).toBe(true);
    expect(reads('{ trace(id: "x") { quote } }')).toBe(true);
    expect(reads('query { node(id: "x") { ...F } } fragment F on School { mentions { quote } }')).toBe(true);
  });

  it('is true for mutations and for fields the schema does not know', () => {
    expect(reads('mutation { mergeEntities(keep: "a", drop: "b") { id } }')).toBe(true);
    expect(reads('{ entity(name: "x") { noSuchField } }')).toBe(true);
  });
});
