import { entityId } from '../../graph/ids';
import { isEntityKind, type EntityKind } from '../../graph/node-kind';
import type { AliasDefinition } from '../recognise/find-alias-definitions';
import { companyCore } from './company-core';
import { expandOfficeName } from './expand-office-name';
import type { Lexicon, LexiconEntry } from './lexicon-types';
import { displayName, nameKey } from './name-key';
import { documentJurisdiction, parseJurisdiction } from './parse-jurisdiction';

/** What a mention must carry to be resolved (an `EntityMention` has it). */
export interface MentionToResolve {
  kind: EntityKind;
  surface: string;
  /** The full name a `（以下简称…）` definition gave this short form. */
  fullForm?: string;
}

/** Where the mention was read: the document's jurisdiction decides what `区教委` or `市政府` means. */
export interface ResolveContext {
  /** A place such as `北碚区` or `重庆市北碚区`; wins over the issuer. */
  jurisdiction?: string;
  /** The issuing body, e.g. `重庆市北碚区人民政府`; its leading place words give the jurisdiction. */
  documentIssuer?: string;
  /** Short names the document defined for itself (`findAliasDefinitions`). */
  aliases?: readonly AliasDefinition[];
}

/** The node a mention stands for. */
export interface ResolvedEntity {
  id: string;
  kind: EntityKind;
  canonicalName: string;
  nameEn?: string;
  aliases: string[];
}

/** Turns mentions into nodes: one node per real-world thing. */
export interface Resolver {
  resolve(mention: MentionToResolve, context?: ResolveContext): ResolvedEntity;
}

/** Options that are not in the lexicon: the city a `市…` short form means when the document does not say. */
export interface ResolverOptions {
  defaultMunicipality?: string;
}

/** A mention that cannot be resolved because it is malformed; the message says what is wrong. */
export class ResolveError extends Error {
  override readonly name = 'ResolveError';
}

function indexLexicon(lexicon: Lexicon) {
  const byKey = new Map<string, LexiconEntry>();
  const byCore = new Map<string, LexiconEntry[]>();
  for (const entry of lexicon.entries) {
    for (const n of [entry.name, ...entry.aliases]) {
      byKey.set(nameKey(n), entry);
      if (entry.kind !== 'Enterprise') continue;
      const core = companyCore(n);
      if (!core) continue;
      const list = byCore.get(core) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byCore.set(core, list);
    }
  }
  return { byKey, byCore };
}

/**
 * Builds a resolver over a lexicon. Resolution: the text's own `以下简称` definitions, then the lexicon by name
 * or alias, then government short forms written out for the document's jurisdiction (`区教委` in a Beibei text is
 * `北碚区教育委员会`), then firm names compared without their legal form (`重庆长安汽车有限公司` = `长安汽车股份有限公司`
 * when the lexicon lists one of them). Names that match nothing keep their own cleaned form.
 */
export function createResolver(lexicon: Lexicon, options: ResolverOptions = {}): Resolver {
  const { byKey, byCore } = indexLexicon(lexicon);

  function lookup(name: string, kind: EntityKind): LexiconEntry | undefined {
    const hit = byKey.get(nameKey(name));
    if (hit) return hit;
    if (kind !== 'Enterprise') return undefined;
    const core = companyCore(name);
    const firms = core ? byCore.get(core) : undefined;
    return firms?.length === 1 ? firms[0] : undefined;
  }

  function resolve(mention: MentionToResolve, context: ResolveContext = {}): ResolvedEntity {
    if (!mention || typeof mention.surface !== 'string' || mention.surface.trim() === '') {
      throw new ResolveError('a mention needs a non-empty surface');
    }
    if (!isEntityKind(mention.kind)) throw new ResolveError(`"${mention.surface}" has kind ${JSON.stringify(mention.kind)}, not an entity kind`);
    const surface = displayName(mention.surface);
    const defined = context.aliases?.find((a) => displayName(a.alias) === surface)?.fullForm;
    const name = displayName(mention.fullForm ?? defined ?? surface);
    const jurisdiction = documentJurisdiction(context.jurisdiction, context.documentIssuer, options.defaultMunicipality);
    const expanded = expandOfficeName(name, mention.kind, jurisdiction);
    const entry = lookup(name, mention.kind) ?? (expanded && (lookup(expanded.full, mention.kind) ?? lookup(expanded.qualified, mention.kind)));

    const kind = entry?.kind ?? mention.kind;
    const canonicalName = entry?.name ?? expanded?.full ?? name;
    const nameEn = entry?.nameEn ?? expanded?.nameEn;
    // Relative short forms (`区教委`, or `人力社保局` with no place) mean a different body in each place, so only
    // forms that carry their place become aliases.
    const placed = expanded === undefined || Object.values(parseJurisdiction(name)).some((v) => v !== undefined);
    const seen = [expanded?.qualified, placed ? name : undefined];
    const aliases = [...new Set([...(entry?.aliases ?? []), ...seen.filter((a): a is string => a !== undefined)])].filter(
      (a) => nameKey(a) !== nameKey(canonicalName),
    );
    return { id: entityId(kind, canonicalName), kind, canonicalName, nameEn, aliases };
  }

  return { resolve };
}
