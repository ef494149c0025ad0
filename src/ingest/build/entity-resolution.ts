import type { GraphNode } from '../../graph/graph-types';
import { pinyinKeys } from '../../graph/pinyin-keys';
import { findAliasDefinitions, type EntityMention } from '../recognise';
import { documentJurisdiction, type Jurisdiction, type ResolveContext, type ResolvedEntity, type Resolver } from '../resolve';
import { entityId } from '../../graph/ids';
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

/** A name that starts with a relative place word (`区总工会`, `县民政局`, `市体育局`), not with a word like `市场`. */
const RELATIVE = /^(?:(区|县)(?!域|级|内|外|县)|(市)(?!场|级|域|内|外|民|属))(?=[\u4e00-\u9fff])/;

/**
 * A relative name the resolver could not write out (its office is not in the abbreviation table)
 * is placed in the document's own district or city, so `区总工会` in two districts' texts makes two
 * nodes; without a known place the name stays as it is.
 */
function placeRelativeName(entity: ResolvedEntity, place: Jurisdiction): ResolvedEntity {
  const m = RELATIVE.exec(entity.canonicalName);
  if (!m) return entity;
  const prefix = m[1] ? place.district : place.municipality;
  if (!prefix) return entity;
  const canonicalName = prefix + entity.canonicalName.slice(1);
  return { ...entity, canonicalName, id: entityId(entity.kind, canonicalName) };
}

/**
 * `〔〕` belongs to 文号 years; inside a name (`区旅游产业〔集团〕公司`) it is a variant of `（）`, and the
 * same body written both ways must make one node.
 */
function withRoundBrackets(mention: EntityMention): EntityMention {
  if (!/[〔〕]/.test(mention.surface + (mention.fullForm ?? ''))) return mention;
  const round = (text: string) => text.replace(/〔/g, '（').replace(/〕/g, '）');
  return { ...mention, surface: round(mention.surface), ...(mention.fullForm ? { fullForm: round(mention.fullForm) } : {}) };
}

/** Entity resolution for one document over a shared resolver; `defaultMunicipality` as the resolver has it. */
export function createEntityResolution(resolver: Resolver, context: ResolveContext, defaultMunicipality?: string): EntityResolution {
  const cache = new Map<string, ResolvedEntity>();
  const place = documentJurisdiction(context.jurisdiction, context.documentIssuer, defaultMunicipality);
  return {
    resolve(mention) {
      const key = `${mention.kind}|${mention.surface}|${mention.fullForm ?? ''}`;
      let resolved = cache.get(key);
      if (!resolved) cache.set(key, (resolved = placeRelativeName(resolver.resolve(withRoundBrackets(mention), context), place)));
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
