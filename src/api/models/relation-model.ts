import type { Evidence } from '../../graph/evidence';
import type { GraphEdge, Properties } from '../../graph/graph-types';
import type { RelationType } from '../../graph/relation-type';
import type { Direction } from '../../store/graph-store.port';
import { toGlobalId } from '../ids/global-id';

/** A relation as the API shows it: the store's edge and its global id. */
export interface RelationModel {
  id: string;
  type: RelationType;
  properties: Properties;
  evidence: Evidence[];
  edge: GraphEdge;
}

/** An edge of a relation connection: the relation seen from `viewpoint` (a store id). */
export interface RelationEdgeModel {
  cursor: string;
  node: RelationModel;
  direction: Direction;
  viewpoint: string;
}

/** Maps a store edge to its model. */
export function toRelationModel(edge: GraphEdge): RelationModel {
  return {
    id: toGlobalId('Relation', edge.id),
    type: edge.type,
    properties: edge.properties,
    evidence: edge.evidence,
    edge,
  };
}

/** The relation seen from one of its ends. */
export function toRelationEdge(edge: GraphEdge, viewpoint: string, cursor: string): RelationEdgeModel {
  return { cursor, node: toRelationModel(edge), direction: edge.source === viewpoint ? 'OUT' : 'IN', viewpoint };
}
