import 'reflect-metadata';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildApiSchema } from '../../../src/api';
import { planReads, readPlanPlugin } from '../../../src/api/loaders/read-plan';

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

describe('readPlanPlugin', () => {
  it('gives each request the plan of its own document, planning a document once', async () => {
    const schema = await buildApiSchema();
    const plugin = readPlanPlugin();
    const slim = parse('{ neighbourhood(id: "x") { nodes { id } } }');
    const texts = parse('{ document(id: "x") { clauses { edges { node { text } } } } }');
    const planFor = async (document: DocumentNode, against: GraphQLSchema | null = schema) => {
      const contextValue = { reads: { evidence: true, text: true } };
      const hooks = await plugin.requestDidStart!({} as never);
      await hooks!.didResolveOperation!({ document, schema: against, contextValue } as never);
      return contextValue.reads;
    };
    expect(await planFor(slim)).toEqual({ evidence: false, text: false });
    expect(await planFor(texts)).toEqual({ evidence: false, text: true });
    // Planning again would need the schema; the same documents are answered without it.
    expect(await planFor(slim, null)).toEqual({ evidence: false, text: false });
    expect(await planFor(texts, null)).toEqual({ evidence: false, text: true });
    await expect(planFor(parse('{ entity(name: "x") { id } }'), null)).rejects.toThrow();
  });
});
