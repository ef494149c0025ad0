import { readFileSync } from 'node:fs';
import { isEntityKind } from '../../graph/node-kind';
import { LexiconError, type Lexicon, type LexiconEntry } from './lexicon-types';
import { nameKey } from './name-key';

const ENTRY_KEYS = new Set(['kind', 'name', 'nameEn', 'aliases']);
const TOP_KEYS = new Set(['$comment', 'version', 'entries']);
const MAX_NAME = 120;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkName(value: unknown, where: string, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new LexiconError(`${where}: "${field}" must be a non-empty string`);
  if (value !== value.trim()) throw new LexiconError(`${where}: "${field}" has spaces around it`);
  if (value.length > MAX_NAME) throw new LexiconError(`${where}: "${field}" is longer than ${MAX_NAME} characters`);
  return value;
}

/** Checks one entry and returns it typed; `where` names it in errors (`lexicon.json entries[3] "重庆市教育委员会"`). */
function parseEntry(raw: unknown, where: string): LexiconEntry {
  if (!isRecord(raw)) throw new LexiconError(`${where}: must be an object`);
  const label = typeof raw.name === 'string' ? `${where} "${raw.name}"` : where;
  for (const key of Object.keys(raw)) {
    // Relations and document facts belong to the documents, so the lexicon refuses them by name.
    if (!ENTRY_KEYS.has(key)) throw new LexiconError(`${label}: unknown key "${key}" (allowed: ${[...ENTRY_KEYS].join(', ')})`);
  }
  const name = checkName(raw.name, label, 'name');
  if (typeof raw.kind !== 'string' || !isEntityKind(raw.kind)) {
    throw new LexiconError(`${label}: "kind" must be an entity kind, got ${JSON.stringify(raw.kind)}`);
  }
  const nameEn = raw.nameEn === undefined ? undefined : checkName(raw.nameEn, label, 'nameEn');
  if (raw.aliases !== undefined && !Array.isArray(raw.aliases)) throw new LexiconError(`${label}: "aliases" must be an array of strings`);
  const aliases = ((raw.aliases as unknown[] | undefined) ?? []).map((a, i) => checkName(a, label, `aliases[${i}]`));
  const keys = new Set([nameKey(name)]);
  for (const alias of aliases) {
    if (keys.has(nameKey(alias))) throw new LexiconError(`${label}: alias "${alias}" repeats the name or another alias`);
    keys.add(nameKey(alias));
  }
  return { kind: raw.kind, name, nameEn, aliases };
}

/** Validates parsed JSON as a lexicon; every error names the file and the entry at fault. */
export function parseLexicon(json: unknown, source = 'lexicon'): Lexicon {
  if (!isRecord(json)) throw new LexiconError(`${source}: must be a JSON object with "version" and "entries"`);
  for (const key of Object.keys(json)) {
    if (!TOP_KEYS.has(key)) throw new LexiconError(`${source}: unknown top-level key "${key}" (allowed: ${[...TOP_KEYS].join(', ')})`);
  }
  if (json.version !== 1) throw new LexiconError(`${source}: "version" must be 1, got ${JSON.stringify(json.version)}`);
  if (!Array.isArray(json.entries)) throw new LexiconError(`${source}: "entries" must be an array`);
  const owner = new Map<string, string>();
  const entries = json.entries.map((raw, i) => {
    const entry = parseEntry(raw, `${source} entries[${i}]`);
    for (const n of [entry.name, ...entry.aliases]) {
      const key = nameKey(n);
      const other = owner.get(key);
      // One name for two things would merge them into one node, so it is refused outright.
      if (other !== undefined) throw new LexiconError(`${source} entries[${i}] "${entry.name}": name "${n}" is already used by "${other}"`);
      owner.set(key, entry.name);
    }
    return entry;
  });
  return { source, entries };
}

/** Reads and validates a lexicon file (see `seeds/lexicon.json`). */
export function loadLexicon(file: string): Lexicon {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new LexiconError(`${file}: cannot be read (${(err as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new LexiconError(`${file}: is not valid JSON (${(err as Error).message})`);
  }
  return parseLexicon(json, file);
}
