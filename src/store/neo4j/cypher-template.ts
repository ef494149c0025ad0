import { isNodeKind } from '../../graph/node-kind';
import { isRelationType } from '../../graph/relation-type';
import { MAX_HOPS } from '../read-options';
import { templateTokens, type TemplateToken } from './cypher-files';

/** Values for the template tokens of a Cypher file. */
export type TemplateValues = Partial<Record<TemplateToken, string | number>>;

/*
 * Labels, relationship types and variable-length bounds cannot be Cypher parameters, so a few
 * files hold {{TOKENS}}. This is the only place that fills them, and it fills each only with a
 * value from its allow-list: a node kind, a relation type, a hop count from 1 to MAX_HOPS.
 */
const ALLOWED: Record<TemplateToken, (value: string | number) => boolean> = {
  KIND: (v) => typeof v === 'string' && isNodeKind(v),
  TYPE: (v) => typeof v === 'string' && isRelationType(v),
  MAX_HOPS: (v) => Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= MAX_HOPS,
};

/** Fills every token of `text` from `values`; throws when a token is left unfilled or a value is not allowed. */
export function fillTemplate(name: string, text: string, values: TemplateValues = {}): string {
  const tokens = templateTokens(text);
  const given = Object.keys(values).sort();
  if (tokens.join() !== given.join()) {
    throw new Error(`Cypher file ${name} takes template tokens [${tokens.join(', ')}], not [${given.join(', ')}]`);
  }
  for (const token of tokens as TemplateToken[]) {
    if (!ALLOWED[token](values[token]!)) throw new Error(`"${String(values[token])}" is not an allowed ${token} for ${name}`);
  }
  return text.replace(/\{\{([A-Z_]+)\}\}/g, (whole, token: TemplateToken) => (token in values ? String(values[token]) : whole));
}
