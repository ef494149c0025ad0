import type { GraphBatch } from '../../../src/graph/graph-types';
import { toCsv } from '../../../src/graph/export/export-csv';
import { toGraphml } from '../../../src/graph/export/export-graphml';
import { toExportJson } from '../../../src/graph/export/export-json';

const evidence = { document: 'Policy:渝府发〔2019〕18号', line: 3, start: 40, end: 52, quote: '重庆市教育委员会, "牵头"' };
const graph: GraphBatch = {
  nodes: [
    {
      id: 'School:重庆工业职业技术学院',
      kind: 'School',
      name: '重庆工业职业技术学院',
      nameEn: 'Chongqing Industry Polytechnic College',
      aliases: ['重庆工业职院'],
      properties: {},
      evidence: [evidence],
    },
    {
      id: 'Policy:渝府发〔2019〕18号',
      kind: 'Policy',
      name: '重庆市深化职业教育改革实施方案',
      aliases: [],
      properties: { inCorpus: true, file: '000.txt', title: '重庆市深化职业教育改革实施方案', docNumber: '渝府发〔2019〕18号', issuers: ['重庆市人民政府'], date: '2019-07-01', level: 'municipal', docKind: '通知' },
      evidence: [evidence],
    },
    { id: 'Policy:国发〔2019〕4号', kind: 'Policy', name: '国家职业教育改革实施方案', aliases: [], properties: { inCorpus: false, docNumber: '国发〔2019〕4号' }, evidence: [evidence] },
  ],
  edges: [
    { id: 'CITES:1', type: 'CITES', source: 'Policy:渝府发〔2019〕18号', target: 'Policy:国发〔2019〕4号', properties: {}, evidence: [evidence] },
  ],
};

describe('export formats', () => {
  it('JSON lists only ingested documents with their metadata, and every node and edge', () => {
    const json = toExportJson(graph);
    expect(json.documents).toEqual([
      { id: 'Policy:渝府发〔2019〕18号', file: '000.txt', title: '重庆市深化职业教育改革实施方案', docNumber: '渝府发〔2019〕18号', issuers: ['重庆市人民政府'], date: '2019-07-01', level: 'municipal', kind: '通知' },
    ]);
    expect(json.nodes.map((n) => n.id)).toEqual(['Policy:国发〔2019〕4号', 'Policy:渝府发〔2019〕18号', 'School:重庆工业职业技术学院']);
    expect(json.nodes[2]).toMatchObject({ nameEn: 'Chongqing Industry Polytechnic College', aliases: ['重庆工业职院'] });
    expect(json.edges[0].evidence[0].quote).toBe(evidence.quote);
  });

  it('GraphML escapes markup and keeps edges directed', () => {
    const xml = toGraphml(graph);
    expect(xml).toContain('<edge id="CITES:1" source="Policy:渝府发〔2019〕18号" target="Policy:国发〔2019〕4号">');
    expect(xml).toContain('\\&quot;牵头\\&quot;');
    expect(xml).not.toContain('"牵头"');
    expect(xml.match(/<node /g)).toHaveLength(3);
  });

  it('CSV quotes cells with commas and quotes (RFC 4180)', () => {
    const { 'edges.csv': edges, 'nodes.csv': nodes } = toCsv(graph);
    expect(nodes.split('\r\n')[0]).toBe('id:ID,kind:LABEL,name,nameEn,aliases,properties');
    expect(edges).toContain('"重庆市教育委员会, ""牵头"""');
    expect(edges.trim().split('\r\n')).toHaveLength(2);
  });
});
