import type { EntityKind } from '../../graph/node-kind';
import type { GazetteerName } from './entity-mention';
import type { WordIndex } from './segment-words';

interface TrieNode {
  children: Map<string, TrieNode>;
  entry?: GazetteerName;
}

/** A name found in the text by the gazetteer. */
export interface GazetteerHit {
  start: number;
  end: number;
  kind: EntityKind;
}

/** Known names, looked up as a trie so the whole corpus is scanned in one pass. */
export interface GazetteerIndex {
  /** The known name exactly equal to `name`, if any. */
  exact(name: string): GazetteerName | undefined;
  /** The longest known name of `kind` that `text` starts with at `pos`. */
  prefixOfKind(text: string, pos: number, kind: EntityKind): GazetteerName | undefined;
  /** Every non-nested occurrence of a known name, leftmost-longest, aligned to word edges when short. */
  find(text: string, index: WordIndex): GazetteerHit[];
}

/** Brackets and dashes are written both ways; names match whichever the text uses. */
const FOLD: Record<string, string> = { '（': '(', '）': ')', '—': '-', '–': '-', '－': '-', '，': ',' };
const fold = (ch: string): string => FOLD[ch] ?? ch;

/** Short names (`华为`, `泰国`) must not match inside other words (`中泰`), so they need word edges. */
const ALIGN_BELOW = 4;

/** Builds the index; later entries with the same name are ignored (the lexicon has already rejected clashes). */
export function createGazetteerIndex(names: readonly GazetteerName[]): GazetteerIndex {
  const root: TrieNode = { children: new Map() };
  const byName = new Map<string, GazetteerName>();
  for (const entry of names) {
    if (entry.name.length === 0 || byName.has(entry.name)) continue;
    byName.set(entry.name, entry);
    let node = root;
    for (const ch of entry.name) {
      let next = node.children.get(fold(ch));
      if (!next) node.children.set(fold(ch), (next = { children: new Map() }));
      node = next;
    }
    node.entry = entry;
  }

  function matchesAt(text: string, pos: number): GazetteerName[] {
    const found: GazetteerName[] = [];
    let node: TrieNode | undefined = root;
    for (let i = pos; i < text.length && node; i++) {
      node = node.children.get(fold(text[i]));
      if (node?.entry) found.push(node.entry);
    }
    return found.reverse();
  }

  return {
    exact: (name) => byName.get(name),
    prefixOfKind: (text, pos, kind) => matchesAt(text, pos).find((e) => e.kind === kind),
    find(text, index) {
      const hits: GazetteerHit[] = [];
      const { words, wordAt } = index;
      for (let pos = 0; pos < text.length; ) {
        const aligned = matchesAt(text, pos).find((e) => {
          if (e.name.length >= ALIGN_BELOW) return true;
          const end = pos + e.name.length;
          return words[wordAt[pos]].start === pos && words[wordAt[end - 1]].end === end;
        });
        if (!aligned) {
          pos++;
          continue;
        }
        hits.push({ start: pos, end: pos + aligned.name.length, kind: aligned.kind });
        pos += aligned.name.length;
      }
      return hits;
    },
  };
}
