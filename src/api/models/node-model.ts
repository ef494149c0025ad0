import type { GraphNode, Properties, PropertyValue } from '../../graph/graph-types';
import { isEntityKind, type EntityKind, type NodeKind } from '../../graph/node-kind';
import { toGlobalId } from '../ids/global-id';

/** What every node-shaped GraphQL object is built from: the store's node and its global id. */
interface NodeModelBase {
  id: string;
  storeId: string;
  node: GraphNode;
}

/** An actor or thing (school, enterprise, body …) as the API shows it. */
export interface EntityModel extends NodeModelBase {
  kind: EntityKind;
  name: string;
  nameEn: string | null;
  aliases: string[];
}

/** A policy document (a Policy node) as the API shows it. */
export interface DocumentModel extends NodeModelBase {
  title: string;
  docNumber: string | null;
  issuers: string[];
  date: string | null;
  level: string | null;
  docKind: string | null;
  inCorpus: boolean;
  file: string | null;
}

/** A clause of a document as the API shows it. */
export interface ClauseModel extends NodeModelBase {
  documentId: string;
  path: string;
  heading: string | null;
  text: string;
  line: number | null;
  order: number | null;
  deadline: string | null;
}

export type NodeModel = EntityModel | DocumentModel | ClauseModel;

/** The GraphQL object type of a node kind: entity kinds keep their name, Policy is `Document`. */
export function graphqlTypeName(kind: NodeKind): string {
  return kind === 'Policy' ? 'Document' : kind;
}

function text(props: Properties, key: string): string | null {
  const value: PropertyValue | undefined = props[key];
  if (value === null || value === undefined) return null;
  return Array.isArray(value) ? value.join('、') : String(value);
}

function int(props: Properties, key: string): number | null {
  const value = props[key];
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : null;
}

function texts(props: Properties, key: string): string[] {
  const value = props[key];
  if (Array.isArray(value)) return value.map(String);
  return value === null || value === undefined || value === '' ? [] : [String(value)];
}

/**
 * Models already built, by the node they were built from: a node referenced many times in one answer
 * (every edge end of a neighbourhood, every clause's responsible body) gets one model and one global
 * id. Store nodes are never changed after they are read, so a model stays true for its node.
 */
const built = new WeakMap<GraphNode, NodeModel>();

/** Maps a store node to the model of its GraphQL type. */
export function toNodeModel(node: GraphNode): NodeModel {
  let model = built.get(node);
  if (!model) {
    model = buildNodeModel(node);
    built.set(node, model);
  }
  return model;
}

function buildNodeModel(node: GraphNode): NodeModel {
  const base = { id: toGlobalId(node.kind, node.id), storeId: node.id, node };
  const p = node.properties;
  if (node.kind === 'Policy') {
    return {
      ...base,
      title: text(p, 'title') ?? node.name,
      docNumber: text(p, 'docNumber'),
      issuers: texts(p, 'issuers'),
      date: text(p, 'date'),
      level: text(p, 'level'),
      docKind: text(p, 'docKind'),
      inCorpus: p.inCorpus === true,
      file: text(p, 'file'),
    };
  }
  if (node.kind === 'Clause') {
    return {
      ...base,
      documentId: text(p, 'document') ?? '',
      path: text(p, 'path') ?? node.name,
      heading: text(p, 'heading'),
      text: text(p, 'text') ?? '',
      line: int(p, 'line'),
      order: int(p, 'order'),
      deadline: text(p, 'deadline'),
    };
  }
  return { ...base, kind: node.kind, name: node.name, nameEn: node.nameEn ?? null, aliases: node.aliases };
}

/** True when the model is an entity (not a document or clause). */
export function isEntityModel(model: NodeModel): model is EntityModel {
  return isEntityKind(model.node.kind);
}

/** True when the model is a document. */
export function isDocumentModel(model: NodeModel): model is DocumentModel {
  return model.node.kind === 'Policy';
}

/** True when the model is a clause. */
export function isClauseModel(model: NodeModel): model is ClauseModel {
  return model.node.kind === 'Clause';
}
