import type { GraphNode } from '../graph/graph-types';
import { isEntityKind, type NodeKind } from '../graph/node-kind';
import type { SearchHit } from './graph-store.port';
import { StoreInputError } from './store-errors';

/*
 * The search rule of both stores, written once here and mirrored by cypher/read/search-*.cypher:
 * a node matches when every term of the query is a substring of its search text (case-insensitive),
 * so '工业职业' finds 重庆工业职业技术学院 without a word segmenter. Each term scores
 *   4  equal to the name, English name or an alias,
 *   3  inside the name,
 *   2  inside the English name or an alias,
 *   1  elsewhere (a clause's text);
 * the score is the mean over terms. Ties go to entities, then documents, then clauses, then the
 * shorter name, then the id, so the order is total and the same in both stores.
 */

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_TERMS = 8;

/**
 * The pinyin keys ingest stores with an entity (`properties.pinyin`, full and initials of its name
 * and aliases): how people who cannot type Chinese name it. Both stores find a node by them.
 */
export function storedPinyinKeys(node: GraphNode): string[] {
  const keys = node.properties.pinyin;
  return Array.isArray(keys) ? keys.map(String) : [];
}

/** The text a node is found by: its names, their pinyin keys (`cqgy` → 重庆工业…) and, for a clause, its text. */
export function buildSearchText(node: GraphNode): string {
  const parts = [node.name, node.nameEn ?? '', ...node.aliases, ...storedPinyinKeys(node)];
  const text = node.properties.text;
  if (node.kind === 'Clause' && typeof text === 'string') parts.push(text);
  return parts.filter((p) => p !== '').join('\n');
}

/** Lower-cased, distinct whitespace-separated terms of a query; throws on an empty or oversized one. */
export function parseSearchQuery(query: string): string[] {
  if (typeof query !== 'string' || query.trim() === '') throw new StoreInputError('the search query is empty');
  if (query.length > MAX_QUERY_LENGTH) throw new StoreInputError(`the search query is longer than ${MAX_QUERY_LENGTH} characters`);
  const terms = [...new Set(query.trim().toLowerCase().split(/\s+/))];
  if (terms.length > MAX_QUERY_TERMS) throw new StoreInputError(`the search query has more than ${MAX_QUERY_TERMS} terms`);
  return terms;
}

/** 0 for entities, 1 for documents, 2 for clauses: entities first when scores tie. */
export function kindRank(kind: NodeKind): number {
  return isEntityKind(kind) ? 0 : kind === 'Policy' ? 1 : 2;
}

function termTier(node: GraphNode, term: string): number {
  const name = node.name.toLowerCase();
  const others = [node.nameEn ?? '', ...node.aliases].map((s) => s.toLowerCase()).filter((s) => s !== '');
  if (name === term || others.includes(term)) return 4;
  if (name.includes(term)) return 3;
  if (others.some((s) => s.includes(term))) return 2;
  return 1;
}

/** The node's score for `terms`, or undefined when some term is not in its search text. */
export function scoreNode(node: GraphNode, terms: readonly string[]): number | undefined {
  const text = buildSearchText(node).toLowerCase();
  if (!terms.every((t) => text.includes(t))) return undefined;
  return terms.reduce((sum, t) => sum + termTier(node, t), 0) / terms.length;
}

/** Best first: score, then entities before documents before clauses, then shorter name, then id. */
export function compareHits(a: SearchHit, b: SearchHit): number {
  return (
    b.score - a.score ||
    kindRank(a.node.kind) - kindRank(b.node.kind) ||
    Array.from(a.node.name).length - Array.from(b.node.name).length ||
    (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0)
  );
}
