import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context/api-context';
import type { NodeModel } from '../models/node-model';
import type { RelationEdgeModel, RelationModel } from '../models/relation-model';
import { loadModel } from '../services/node-access';
import { NodeInterface } from '../types/node.interface';
import { RelationEdgeType, RelationObjectType } from '../types/relation.type';

/** The ends of a relation, loaded in batches. */
@Resolver(() => RelationObjectType)
export class RelationResolver {
  @FieldResolver(() => NodeInterface, {
    description: 'Where the relation starts: usually an Entity; a Clause or Document for task, containment and citation relations.',
  })
  source(@Root() relation: RelationModel, @Ctx() ctx: ApiContext): NodeModel | Promise<NodeModel> {
    return loadModel(ctx, relation.edge.source);
  }

  @FieldResolver(() => NodeInterface, {
    description: 'Where the relation ends: usually an Entity; a Clause for LEADS and RESPONSIBLE_FOR, a Document for CITES.',
  })
  target(@Root() relation: RelationModel, @Ctx() ctx: ApiContext): NodeModel | Promise<NodeModel> {
    return loadModel(ctx, relation.edge.target);
  }
}

/** The far end of a relation, seen from the node whose relations were listed. */
@Resolver(() => RelationEdgeType)
export class RelationEdgeResolver {
  @FieldResolver(() => NodeInterface, { description: 'The node at the other end of the relation.' })
  other(@Root() edge: RelationEdgeModel, @Ctx() ctx: ApiContext): NodeModel | Promise<NodeModel> {
    const { source, target } = edge.node.edge;
    return loadModel(ctx, source === edge.viewpoint ? target : source);
  }
}
