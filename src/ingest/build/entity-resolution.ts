import type { GraphNode } from '../../graph/graph-types';
import { pinyinKeysOf } from '../../graph/pinyin-keys';
import { findAliasDefinitions, type EntityMention } from '../recognise';
import { documentJurisdiction, parseJurisdiction, type Jurisdiction, type ResolveContext, type ResolvedEntity, type Resolver } from '../resolve';
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

/** Characters that end the run of text a list of units stands in. */
const RUN_END = /[。；;\n]/;
const LOOK_BACK = 80;

/**
 * The district a relative name (`区教委`) takes from the list it stands in, for a document that speaks
 * for no district itself (a city report): `合川区经济信息委、区教委` → 合川区. It is the district of the
 * nearest earlier named mention in the same sentence.
 */
function listDistrict(text: string, earlier: readonly EntityMention[], mention: EntityMention): string | undefined {
  let from = Math.max(0, mention.start - LOOK_BACK);
  for (let i = mention.start - 1; i >= from; i -= 1) {
    if (RUN_END.test(text[i])) {
      from = i + 1;
      break;
    }
  }
  for (let i = earlier.length - 1; i >= 0; i -= 1) {
    const m = earlier[i];
    if (m.start < from) break;
    if (m.end > mention.start || m.generic) continue;
    const district = parseJurisdiction(m.surface).district;
    if (district) return district;
  }
  return undefined;
}

/** The document's text and every mention recognised in it, for names placed by their neighbours. */
export interface ResolutionText {
  text: string;
  mentions: readonly EntityMention[];
}

/** Entity resolution for one document over a shared resolver; `defaultMunicipality` as the resolver has it. */
export function createEntityResolution(resolver: Resolver, context: ResolveContext, defaultMunicipality?: string, source?: ResolutionText): EntityResolution {
  const cache = new Map<string, ResolvedEntity>();
  const place = documentJurisdiction(context.jurisdiction, context.documentIssuer, defaultMunicipality);
  const byStart = [...(source?.mentions ?? [])].sort((a, b) => a.start - b.start);
  const earlierThan = (at: number): EntityMention[] => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].start < at) lo = mid + 1;
      else hi = mid;
    }
    return byStart.slice(Math.max(0, lo - 16), lo);
  };
  return {
    resolve(mention) {
      const district = !place.district && source && /^[区县]/.test(mention.surface) ? listDistrict(source.text, earlierThan(mention.start), mention) : undefined;
      const key = `${mention.kind}|${mention.surface}|${mention.fullForm ?? ''}|${district ?? ''}`;
      let resolved = cache.get(key);
      if (!resolved) {
        const here = district ? { ...context, jurisdiction: `${place.municipality ?? ''}${district}` } : context;
        resolved = placeRelativeName(resolver.resolve(withRoundBrackets(mention), here), district ? { ...place, district } : place);
        cache.set(key, resolved);
      }
      return resolved;
    },
    node(entity) {
      return {
        id: entity.id,
        kind: entity.kind,
        name: entity.canonicalName,
        nameEn: entity.nameEn,
        aliases: entity.aliases,
        // Keys for people typing the name or an alias in Latin letters (`cqgyzyjsxy` names 重庆工业职业技术学院).
        properties: { pinyin: pinyinKeysOf([entity.canonicalName, ...entity.aliases]) },
        evidence: [],
      };
    },
  };
}
