import type { GraphNode } from '../../graph/graph-types';
import { pinyinKeys } from '../../graph/pinyin-keys';
import { findAliasDefinitions, type EntityMention } from '../recognise';
import type { ResolveContext, ResolvedEntity, Resolver } from '../resolve';
import type { SegmentedDocument } from '../ingest-types';

/** Resolves a document's mentions to entity nodes, once per distinct name. */
export interface EntityResolution {
  resolve(mention: EntityMention): ResolvedEntity;
  /** The node a resolved entity becomes (evidence added by the caller). */
  node(entity: ResolvedEntity): GraphNode;
}

/**
 * The resolution context of a document: its own `以下简称` definitions, and its issuer for the place
 * that `区教委` or `市政府` means; a document naming no issuer (a report) is placed by its title.
 */
export function documentResolveContext(doc: SegmentedDocument, mentions: readonly EntityMention[]): ResolveContext {
  return {
    documentIssuer: doc.metadata.issuers[0] ?? doc.metadata.title,
    aliases: findAliasDefinitions(doc.normalised.text, mentions),
  };
}

/** Entity resolution for one document over a shared resolver. */
export function createEntityResolution(resolver: Resolver, context: ResolveContext): EntityResolution {
  const cache = new Map<string, ResolvedEntity>();
  return {
    resolve(mention) {
      const key = `${mention.kind}|${mention.surface}|${mention.fullForm ?? ''}`;
      let resolved = cache.get(key);
      if (!resolved) cache.set(key, (resolved = resolver.resolve(mention, context)));
      return resolved;
    },
    node(entity) {
      return {
        id: entity.id,
        kind: entity.kind,
        name: entity.canonicalName,
        nameEn: entity.nameEn,
        aliases: entity.aliases,
        // Keys for people typing the name in Latin letters (`cqgy` finds 重庆工业职业技术学院).
        properties: { pinyin: pinyinKeys(entity.canonicalName) },
        evidence: [],
      };
    },
  };
}
