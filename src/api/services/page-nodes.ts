import type { GraphNode } from '../../graph/graph-types';
import type { NodeKind } from '../../graph/node-kind';
import type { ApiContext } from '../context/api-context';
import { compareKeys, sliceConnection, toConnection, type ConnectionModel } from '../pagination/connection';
import { toPageRequest, type PageArgsInput } from '../pagination/page-request';
import { toNodeModel, type NodeModel } from '../models/node-model';

/** An edge of a node connection. */
export interface NodeEdgeModel {
  cursor: string;
  node: NodeModel;
}

const SCAN_PAGE = 500;

/**
 * A Relay page of nodes in id order. Forward pages are one keyset read; the port reads forward
 * only, so a backward page scans from the start up to `before`, keeping the last `last` nodes.
 */
export async function pageNodes(
  ctx: ApiContext,
  filter: { kinds: NodeKind[]; nameContains?: string },
  args: PageArgsInput,
): Promise<ConnectionModel<NodeEdgeModel>> {
  const request = toPageRequest(args, ctx.config.maxPageSize);
  const toEdge = (node: GraphNode, cursor: string): NodeEdgeModel => ({ cursor, node: toNodeModel(node) });
  const keyOf = (node: GraphNode): string => node.id;
  if (request.direction === 'forward') {
    const page = await ctx.store.listNodes({ ...filter, first: request.size + 1, after: request.after, ...ctx.reads });
    const nodes = page.nodes.slice(0, request.size);
    ctx.loaders.prime(nodes);
    return toConnection(nodes, keyOf, toEdge, {
      hasNextPage: page.nodes.length > request.size,
      hasPreviousPage: request.after !== undefined,
      totalCount: page.totalCount,
    });
  }
  const window: GraphNode[] = [];
  let after: string | undefined;
  let totalCount = 0;
  let reachedEnd = true;
  for (;;) {
    const page = await ctx.store.listNodes({ ...filter, first: SCAN_PAGE, after, ...ctx.reads });
    totalCount = page.totalCount;
    const before = request.before;
    const cut = before === undefined ? -1 : page.nodes.findIndex((n) => compareKeys(n.id, before) >= 0);
    window.push(...(cut === -1 ? page.nodes : page.nodes.slice(0, cut)));
    // Keep one more than asked, so hasPreviousPage is known without another read.
    window.splice(0, Math.max(0, window.length - request.size - 1));
    if (cut !== -1) {
      reachedEnd = false;
      break;
    }
    if (page.nodes.length < SCAN_PAGE) break;
    after = page.nodes[page.nodes.length - 1].id;
  }
  ctx.loaders.prime(window);
  const connection = sliceConnection(window, keyOf, { direction: 'backward', size: request.size }, toEdge);
  return { ...connection, totalCount, pageInfo: { ...connection.pageInfo, hasNextPage: !reachedEnd } };
}
