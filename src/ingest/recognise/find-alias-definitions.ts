import type { EntityMention } from './entity-mention';

/** A short name the text defines for a longer one: `重庆市教育委员会（以下简称市教委）`. */
export interface AliasDefinition {
  alias: string;
  fullForm: string;
  /** Offset where the definition's bracket opens; the alias applies from here on. */
  at: number;
}

const DEFINITION = /\s*[(（]\s*(?:以下简称|以下称|下称|简称)\s*[:：]?\s*([^()（）,，。；;]{1,24}?)\s*[)）]/g;

/** Strips one pair of quotes around the whole alias (`“重庆工业”` → `重庆工业`), keeping quotes inside it. */
function unquote(alias: string): string {
  const m = /^[“"「]([^“”"「」]+)[”"」]$/.exec(alias);
  return m ? m[1] : alias;
}

/** The `（以下简称…）` definitions whose long form is a mention ending right before the bracket. */
export function findAliasDefinitions(text: string, mentions: readonly EntityMention[]): AliasDefinition[] {
  const byEnd = new Map(mentions.filter((m) => !m.generic).map((m) => [m.end, m]));
  const found: AliasDefinition[] = [];
  for (const m of text.matchAll(DEFINITION)) {
    const at = m.index ?? 0;
    const full = byEnd.get(at);
    const alias = unquote(m[1].trim());
    if (full && alias.length > 0 && alias !== full.surface) found.push({ alias, fullForm: full.fullForm ?? full.surface, at });
  }
  return found;
}
