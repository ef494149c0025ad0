import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** How deep and how costly an operation is, before it runs. */
export interface QueryCost {
  depth: number;
  complexity: number;
}

/** How list sizes are guessed when a query does not say. */
export interface CostOptions {
  /** Items a paged field returns when `first`/`last` is not given (the default page size). */
  defaultPageSize: number;
  /** Items assumed for a list field that takes no size argument. */
  defaultListSize: number;
}

/** Arguments that say how many items a field returns. */
const SIZE_ARGUMENTS = ['first', 'last', 'maxNodes'];

function intValue(node: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

/**
 * How many times a field's children run: the page size for paged fields, a default for other lists
 * (but not for a connection's `edges`, already counted by its page size), else once.
 */
function multiplier(node: FieldNode, field: GraphQLField<unknown, unknown> | undefined, variables: Record<string, unknown>, options: CostOptions): number {
  const sizeArgs = field?.args.filter((a) => SIZE_ARGUMENTS.includes(a.name)) ?? [];
  if (sizeArgs.length > 0) {
    for (const argument of node.arguments ?? []) {
      if (!SIZE_ARGUMENTS.includes(argument.name.value)) continue;
      const value = intValue(argument.value, variables);
      if (value !== undefined) return Math.max(1, value);
    }
    const declared = sizeArgs.map((a) => a.defaultValue).find((v): v is number => typeof v === 'number');
    return declared ?? options.defaultPageSize;
  }
  if (field && isListType(getNullableType(field.type)) && node.name.value !== 'edges') return options.defaultListSize;
  return 1;
}

/**
 * Depth and complexity of an operation: one per field, a field's children multiplied by how many
 * items it returns (see `multiplier`). Fragments are expanded; unknown fields count as leaves
 * (validation reports them anyway); introspection fields are free.
 */
export function measureQuery(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  options: CostOptions,
): QueryCost {
  const visit = (set: SelectionSetNode, parent: GraphQLCompositeType | undefined, seen: Set<string>): QueryCost => {
    let depth = 0;
    let complexity = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        // Introspection (__schema, __type) is bounded by the schema itself; GraphiQL's own query is 15 deep.
        if (selection.name.value.startsWith('__') && selection.name.value !== '__typename') continue;
        const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value] : undefined;
        if (!selection.selectionSet) {
          complexity += 1;
          depth = Math.max(depth, 1);
          continue;
        }
        const childType = field ? (getNamedType(field.type) as GraphQLCompositeType) : undefined;
        const child = visit(selection.selectionSet, childType, seen);
        complexity += 1 + multiplier(selection, field, variables, options) * child.complexity;
        depth = Math.max(depth, 1 + child.depth);
        continue;
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : undefined;
      if (selection.kind === Kind.FRAGMENT_SPREAD && (!fragment || seen.has(selection.name.value))) continue;
      const node = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragment!;
      const condition = node.typeCondition ? (schema.getType(node.typeCondition.name.value) as GraphQLCompositeType) : parent;
      const next = fragment ? new Set([...seen, fragment.name.value]) : seen;
      const child = visit(node.selectionSet, condition, next);
      complexity += child.complexity;
      depth = Math.max(depth, child.depth);
    }
    return { depth, complexity };
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  return visit(operation.selectionSet, root ?? undefined, new Set());
}
