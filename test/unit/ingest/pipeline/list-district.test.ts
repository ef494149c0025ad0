import { createEntityResolution } from '../../../../src/ingest/build/entity-resolution';
import { createPipeline } from '../../../../src/ingest';

const pipeline = createPipeline({ lexicon: 'seeds/lexicon.json', maxDocumentBytes: 1_000_000 });

function resolveAll(text: string, documentIssuer: string): string[] {
  const mentions = pipeline.recognise(text).filter((m) => !m.generic);
  const entities = createEntityResolution(pipeline.resolver, { documentIssuer }, pipeline.defaultMunicipality, { text, mentions });
  return mentions.map((m) => entities.resolve(m).canonicalName);
}

describe('a relative unit name in a document of no district', () => {
  it('takes the district of the list it stands in', () => {
    const names = resolveAll('合川区经济信息委、区教委联合印发方案。', '重庆市教育委员会');
    expect(names).toContain('合川区教育委员会');
    expect(names).not.toContain('区教委');
  });

  it('does not reach across a sentence end', () => {
    const names = resolveAll('合川区经济信息委牵头。区教委负责。', '重庆市教育委员会');
    expect(names).not.toContain('合川区教育委员会');
  });

  it('keeps the document district when it has one', () => {
    expect(resolveAll('合川区经济信息委、区教委联合印发方案。', '重庆市北碚区人民政府')).toContain('北碚区教育委员会');
  });
});
