import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPipeline, ingestDocuments, ingestText } from '../../../../src/ingest';
import { MemoryStore } from '../../../../src/store';
import { DOCUMENTS_DIR, graphView, OPTIONS } from './pipeline.fixtures';

const CITY = join(DOCUMENTS_DIR, 'pipeline-city-opinion.gb18030.txt');
const CITY_ID = 'Policy:澜府发〔2024〕31号';

/** A short notice, sent as text, that cites the city opinion by its title only. */
const NOTICE = [
  '澜沧市教育委员会关于做好2025年产教融合项目申报工作的通知',
  '澜教发〔2025〕3号',
  '各区县教育行政部门，各职业院校：',
  '根据《澜沧市人民政府关于推进职业教育产教融合的实施意见》要求，现就2025年产教融合项目申报工作通知如下。',
  '一、申报范围',
  '（一）市域产教联合体项目。由澜沧职业技术学院牵头申报。',
  '澜沧市教育委员会',
  '2025年1月10日',
].join('\n');

describe('documents ingested in separate runs', () => {
  it('links a later citation by title alone to the document already ingested under its 文号', async () => {
    const store = new MemoryStore();
    await store.init();
    await ingestDocuments([CITY], store, OPTIONS);
    const result = await ingestText('upload/notice.txt', NOTICE, store, createPipeline(OPTIONS));
    expect(result).toMatchObject({ documentId: 'Policy:澜教发〔2025〕3号', title: '澜沧市教育委员会关于做好2025年产教融合项目申报工作的通知' });
    const view = graphView(await store.dump());
    expect(view.edges('CITES', { source: 'Policy:澜教发〔2025〕3号' }).map((e) => e.target)).toEqual([CITY_ID]);
    expect(view.named('澜沧市人民政府关于推进职业教育产教融合的实施意见', 'Policy').map((n) => n.id)).toEqual([CITY_ID]);
    expect(view.node(CITY_ID).properties).toMatchObject({ inCorpus: true, date: '2024-11-05' });
    const before = await store.dump();
    await ingestText('upload/notice.txt', NOTICE, store, createPipeline(OPTIONS));
    expect(await store.dump()).toEqual(before);
  }, 60_000);

  it('refuses two files of one run that are the same document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vetgraph-twice-'));
    try {
      const copy = join(dir, 'copy-of-city-opinion.txt');
      copyFileSync(CITY, copy);
      const store = new MemoryStore();
      await store.init();
      await expect(ingestDocuments([CITY, copy], store, OPTIONS)).rejects.toThrow(`${copy}: is the same document as ${CITY} (${CITY_ID})`);
      expect((await store.dump()).nodes).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
