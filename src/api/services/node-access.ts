import type { GraphNode } from '../../graph/graph-types';
import type { ApiContext } from '../context/api-context';
import { badUserInput, notFound } from '../errors/api-errors';
import { fromGlobalId, type GlobalIdTarget } from '../ids/global-id';
import { isEntityModel, toNodeModel, type EntityModel, type NodeModel } from '../models/node-model';

/** The store id a client's id names, checked to be a node id (not a relation's). */
export function storeIdOf(id: string): string {
  const target = fromGlobalId(id);
  if (target.type === 'Relation') throw badUserInput(`"${id}" is the id of a relation, not of a node`, { id });
  return target.storeId;
}

/** The node a client's id names, or null; an id whose kind disagrees with the stored node finds nothing. */
export async function findNode(ctx: ApiContext, id: string): Promise<GraphNode | null> {
  const target = fromGlobalId(id);
  if (target.type === 'Relation') return null;
  const node = await ctx.loaders.nodes.load(target.storeId);
  return node && isNamedBy(target, node) ? node : null;
}

/** True when `node` is what a client id names: its store id, and its kind when the id carries one. */
function isNamedBy(target: GlobalIdTarget, node: GraphNode): boolean {
  return node.id === target.storeId && (target.type === undefined || node.kind === target.type);
}

/** Like findNode, but NOT_FOUND when there is none; `argument` names the input in the message. */
export async function requireNode(ctx: ApiContext, id: string, argument: string): Promise<GraphNode> {
  const node = await findNode(ctx, id);
  if (!node) throw notFound(`${argument} "${id}"`);
  return node;
}

/**
 * Like requireNode, for a read that starts from the node and returns it when it exists (a
 * neighbourhood begins with its start node, a path with its ends): `found` is taken when it is
 * what the id names, and the node is loaded on its own only otherwise, so a missing node or one
 * of another kind is still NOT_FOUND, at the cost of a store call only then.
 */
export async function requireNodeFound(ctx: ApiContext, id: string, argument: string, found: GraphNode | undefined): Promise<GraphNode> {
  return found && isNamedBy(fromGlobalId(id), found) ? found : requireNode(ctx, id, argument);
}

/** An entity by client id: NOT_FOUND when missing, BAD_USER_INPUT when the id names a document or clause. */
export async function requireEntity(ctx: ApiContext, id: string, argument: string): Promise<EntityModel> {
  const model = toNodeModel(await requireNode(ctx, id, argument));
  if (!isEntityModel(model)) throw badUserInput(`${argument} "${id}" is a ${model.node.kind}, not an entity`, { argument });
  return model;
}

/** Models of nodes by store id, in order, skipping ids with no node (one batched load, none when all are held). */
export async function loadModels(ctx: ApiContext, storeIds: readonly string[]): Promise<NodeModel[]> {
  const held = storeIds.map((id) => ctx.loaders.peek(id));
  if (held.every((node) => node !== undefined)) return held.map((node) => toNodeModel(node!));
  const nodes = await ctx.loaders.nodes.loadMany(storeIds);
  const models: NodeModel[] = [];
  for (const node of nodes) {
    if (node instanceof Error) throw node;
    if (node) models.push(toNodeModel(node));
  }
  return models;
}

/**
 * One node's model by store id; NOT_FOUND if the store lost it (an edge pointing nowhere). Answers
 * at once, without a promise, when the request already holds the node (edge ends in a neighbourhood
 * or relation list): hundreds of edge ends then cost no scheduling.
 */
export function loadModel(ctx: ApiContext, storeId: string): NodeModel | Promise<NodeModel> {
  const held = ctx.loaders.peek(storeId);
  return held ? toNodeModel(held) : loadModelLater(ctx, storeId);
}

async function loadModelLater(ctx: ApiContext, storeId: string): Promise<NodeModel> {
  const node = await ctx.loaders.nodes.load(storeId);
  if (!node) throw notFound(`node "${storeId}"`);
  return toNodeModel(node);
}

/** Every node of some kinds, page by page (for per-request indexes such as pinyin and similarity). */
export async function listAllNodes(ctx: ApiContext, kinds: GraphNode['kind'][]): Promise<GraphNode[]> {
  const all: GraphNode[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await ctx.store.listNodes({ kinds, first: 1000, after, ...ctx.reads });
    all.push(...page.nodes);
    if (page.nodes.length < 1000) break;
    after = page.nodes[page.nodes.length - 1].id;
  }
  ctx.loaders.prime(all);
  return all;
}
