import { getIntrospectionQuery, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type GraphQLSchema } from 'graphql';
import { measureQuery } from '../../../src/api/limits/query-cost';
import { buildApiSchema } from '../../../src/api/schema/build-api-schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return measureQuery(schema, operation, fragments, variables, { defaultPageSize: 20, defaultListSize: 10 });
}

describe('measureQuery', () => {
  it('counts one per leaf field at depth 1', () => {
    expect(measure('{ __typename }')).toEqual({ depth: 1, complexity: 1 });
  });

  it('multiplies children by the page size, from literals or variables, not twice for edges', () => {
    expect(measure('{ entities(first: 5) { edges { node { name } } } }')).toEqual({ depth: 4, complexity: 1 + 5 * (1 + 1 * (1 + 1)) });
    expect(measure('query($n: Int) { entities(first: $n) { totalCount } }', { n: 7 }).complexity).toBe(1 + 7);
    expect(measure('{ entities { totalCount } }').complexity).toBe(1 + 20);
  });

  it('uses declared defaults and a default size for other lists', () => {
    expect(measure('{ search(query: "x") { score } }').complexity).toBe(1 + 10);
    expect(measure('{ entity(name: "x") { mentions { quote } } }').complexity).toBe(1 + (1 + 10));
  });

  it('expands fragments and inline fragments, and survives fragment cycles', () => {
    const q = `{ entity(name: "x") { ...F ... on School { aliases } } } fragment F on Entity { name relations(first: 2) { totalCount } }`;
    expect(measure(q)).toEqual({ depth: 3, complexity: 1 + (1 + (1 + 2) + 1) });
    const cyclic = `{ entity(name: "x") { ...A } } fragment A on Entity { name ...A }`;
    expect(measure(cyclic).complexity).toBe(2);
  });

  it('does not count introspection, so GraphiQL can load the schema under any limit', () => {
    expect(measure(getIntrospectionQuery())).toEqual({ depth: 0, complexity: 0 });
    expect(measure('{ __typename entity(name: "x") { name } }')).toEqual({ depth: 2, complexity: 1 + (1 + 1) });
  });
});
