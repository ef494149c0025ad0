import 'reflect-metadata';
import { parse } from 'graphql';
import { buildApiSchema } from '../../../src/api';
import { planReads } from '../../../src/api/loaders/read-plan';

describe('planReads', () => {
  let schema: Awaited<ReturnType<typeof buildApiSchema>>;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });
  const reads = (query: string) => planReads(schema, parse(query)).evidence;
  const readsText = (query: string) => planReads(schema, parse(query)).text;

  it('reads clause text only when Clause.text or Clause.similar is selected, however deep or inside a fragment', () => {
    expect(readsText('{ neighbourhood(id: "x") { nodes { id ... on Clause { path heading } } } }')).toBe(false);
    expect(readsText('{ search(query: "x") { node { id ... on Clause { path } } } }')).toBe(false);
    expect(readsText('{ document(id: "x") { title clauses { edges { node { text } } } } }')).toBe(true);
    expect(readsText('query { node(id: "x") { ...F } } fragment F on Clause { similar { score } }')).toBe(true);
    expect(readsText('mutation { mergeEntities(keep: "a", drop: "b") { id } }')).toBe(true);
    expect(readsText('{ entity(name: "x") { noSuchField } }')).toBe(true);
  });

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
