import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITY_KINDS } from '../../../../src/graph/node-kind';
import { LexiconError, loadLexicon, parseLexicon } from '../../../../src/ingest/resolve';

const SEED_LEXICON = join(__dirname, '../../../../seeds/lexicon.json');

describe('the curated lexicon (seeds/lexicon.json)', () => {
  const lexicon = loadLexicon(SEED_LEXICON);

  it('loads and holds the important bodies, schools and programmes with English names', () => {
    const byName = new Map(lexicon.entries.map((e) => [e.name, e]));
    expect(byName.get('重庆市教育委员会')).toMatchObject({ kind: 'GovernmentBody', nameEn: 'Chongqing Municipal Education Commission' });
    expect(byName.get('中国特色高水平高职学校和专业建设计划')).toMatchObject({ nameEn: 'Double High-Level Plan', aliases: expect.arrayContaining(['双高计划']) });
    expect(byName.get('鲁班工坊')).toMatchObject({ nameEn: 'Luban Workshop' });
    expect(new Set(lexicon.entries.map((e) => e.kind))).toEqual(new Set(ENTITY_KINDS.filter((k) => k !== 'Project')));
  });

  it('holds names only: no entry carries anything but kind, name, nameEn and aliases', () => {
    for (const entry of lexicon.entries) expect(Object.keys(entry).sort()).toEqual(['aliases', 'kind', 'name', 'nameEn'].filter((k) => k in entry).sort());
  });
});

describe('parseLexicon validation', () => {
  const entry = { kind: 'School', name: '甲职业学院' };

  it.each([
    ['a relation on an entry', { version: 1, entries: [{ ...entry, leads: ['乙联合体'] }] }, /entries\[0\] "甲职业学院": unknown key "leads"/],
    ['document metadata at the top', { version: 1, entries: [], documents: [] }, /unknown top-level key "documents"/],
    ['a kind that is not an entity kind', { version: 1, entries: [{ ...entry, kind: 'Policy' }] }, /entries\[0\] "甲职业学院": "kind" must be an entity kind/],
    ['a missing name', { version: 1, entries: [{ kind: 'School' }] }, /entries\[0\]: "name" must be a non-empty string/],
    ['a name with spaces around it', { version: 1, entries: [{ ...entry, name: ' 甲 ' }] }, /"name" has spaces around it/],
    ['aliases that are not strings', { version: 1, entries: [{ ...entry, aliases: [3] }] }, /"aliases\[0\]" must be a non-empty string/],
    ['an alias equal to the name', { version: 1, entries: [{ ...entry, aliases: ['甲职业学院'] }] }, /repeats the name/],
    [
      'one name for two entries',
      { version: 1, entries: [entry, { kind: 'School', name: '乙职业学院', aliases: ['甲职业学院'] }] },
      /entries\[1\] "乙职业学院": name "甲职业学院" is already used by "甲职业学院"/,
    ],
    ['a wrong version', { version: 2, entries: [] }, /"version" must be 1/],
    ['entries that are not a list', { version: 1, entries: {} }, /"entries" must be an array/],
  ])('refuses %s and names the entry', (_what, json, message) => {
    expect(() => parseLexicon(json, 'test.json')).toThrow(LexiconError);
    expect(() => parseLexicon(json, 'test.json')).toThrow(message);
  });

  it('treats names that differ only in brackets, quotes or spaces as the same name', () => {
    const json = { version: 1, entries: [{ kind: 'Alliance', name: '甲联合体（乙）' }, { kind: 'Alliance', name: '丙', aliases: ['“甲联合体(乙)”'] }] };
    expect(() => parseLexicon(json)).toThrow(/already used/);
  });

  it('reports a file that is missing or not JSON with its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    writeFileSync(join(dir, 'bad.json'), '{ "version": 1, ');
    expect(() => loadLexicon(join(dir, 'bad.json'))).toThrow(/bad\.json: is not valid JSON/);
    expect(() => loadLexicon(join(dir, 'none.json'))).toThrow(/none\.json: cannot be read/);
  });
});
