/**
 * Seed-graph cases about paging: forward walks over entities, documents and a document's clauses,
 * and keyset cursors that stay valid after the ingestDocument mutation adds an invented document.
 * The ingest case changes the graph, so the suite registers these cases last.
 */
import type { ApiHarness } from './api-client';
import { queryData } from './seed-graph-api';

/** An invented district document (青岚区 does not exist) that names two new schools and cites the 2019 plan. */
const QINGLAN_TEXT = `重庆市青岚区人民政府
关于印发青岚区职业教育协同发展工作方案的通知
青岚府发〔2024〕7号

区政府各部门，有关单位：
《青岚区职业教育协同发展工作方案》已经区政府同意，现印发给你们，请认真贯彻执行。

重庆市青岚区人民政府
2024年3月18日

青岚区职业教育协同发展工作方案

为贯彻落实《重庆市人民政府关于印发重庆市深化职业教育改革实施方案的通知》（渝府发〔2019〕18号），结合我区实际，制定本方案。
一、重点任务
（一）共建产业学院。支持重庆青岚职业技术学院与重庆长安汽车股份有限公司共建青岚智能网联汽车产业学院，每年培养技术技能人才300人。（牵头单位：区教委；责任单位：区财政局、区经济信息委）
（二）建设实训基地。依托重庆市青岚区职业教育中心建设公共实训基地，面向全区开放共享。（牵头单位：区人力社保局；责任单位：区教委）
`;

const SCHOOLS = `query($first: Int, $after: String) { entities(kind: School, first: $first, after: $after) {
  totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`;

interface Item {
  cursor: string;
  id: string;
  name: string;
}

/** Every school, walking forward `size` at a time; checks each page's pageInfo on the way. */
async function walkSchools(api: ApiHarness, size: number): Promise<{ items: Item[]; pages: Item[][]; totalCount: number }> {
  const pages: Item[][] = [];
  let after: string | undefined;
  let totalCount = -1;
  for (;;) {
    const { entities } = await queryData(api, SCHOOLS, { first: size, after });
    totalCount = entities.totalCount;
    const page = entities.edges.map((e: any) => ({ cursor: e.cursor, ...e.node }));
    pages.push(page);
    expect(entities.pageInfo.endCursor).toBe(page.at(-1)?.cursor);
    if (!entities.pageInfo.hasNextPage) break;
    expect(page).toHaveLength(size);
    after = entities.pageInfo.endCursor;
  }
  return { items: pages.flat(), pages, totalCount };
}

/** Registers the cases; `api` is read when they run. */
export function paginationCases(api: () => ApiHarness): void {
  it('walks every school in pages of 20: no gaps, no repeats, the same order as pages of 50', async () => {
    const small = await walkSchools(api(), 20);
    const large = await walkSchools(api(), 50);
    expect(small.items).toHaveLength(small.totalCount);
    expect(small.totalCount).toBeGreaterThan(100);
    expect(new Set(small.items.map((i) => i.id)).size).toBe(small.items.length);
    expect(small.items.map((i) => i.name)).toEqual(large.items.map((i) => i.name));
  });

  it("walks a document's clauses in reading order", async () => {
    const Q = `query($after: String) { document(docNumber: "北碚府发〔2020〕44号") { clauses(first: 7, after: $after) {
      totalCount edges { node { path order } } pageInfo { hasNextPage endCursor } } } }`;
    const clauses: { path: string; order: number }[] = [];
    let after: string | undefined;
    let total = 0;
    do {
      const page = (await queryData(api(), Q, { after })).document.clauses;
      total = page.totalCount;
      clauses.push(...page.edges.map((e: any) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(clauses).toHaveLength(total);
    expect(clauses.map((c) => c.order)).toEqual(clauses.map((_, i) => i));
    expect(clauses.slice(0, 4).map((c) => c.path)).toEqual(['序', '一', '二', '二/（一）']);
  });

  it('keeps cursors valid after ingesting a document through the mutation: the new schools slot in by id', async () => {
    const before = await walkSchools(api(), 20);
    const oldCursor = before.pages[1].at(-1)!;

    const ingest = await api().graphql(
      `mutation($f: String!, $t: String!) { ingestDocument(filename: $f, text: $t) { nodesCreated warnings document { title docNumber date inCorpus cites { docNumber } } } }`,
      { f: 'qinglan-plan.txt', t: QINGLAN_TEXT },
      api().withKey,
    );
    expect(ingest.errors).toBeUndefined();
    const result = ingest.data.ingestDocument;
    expect(result.document).toEqual({
      title: '重庆市青岚区人民政府关于印发青岚区职业教育协同发展工作方案的通知',
      docNumber: '青岚府发〔2024〕7号',
      date: '2024-03-18',
      inCorpus: true,
      cites: [{ docNumber: '渝府发〔2019〕18号' }],
    });
    expect(result.nodesCreated).toBeGreaterThan(0);

    const after = await walkSchools(api(), 20);
    const added = after.items.filter((i) => !before.items.some((b) => b.id === i.id)).map((i) => i.name);
    expect(added.sort()).toEqual(['重庆市青岚区职业教育中心', '重庆青岚职业技术学院']);
    expect(after.totalCount).toBe(before.totalCount + 2);
    expect(after.items.map((i) => i.id).filter((id) => before.items.some((b) => b.id === id))).toEqual(before.items.map((i) => i.id));

    // The old cursor still points just past the same school; the next page is what the fresh walk has there.
    const resumed = (await queryData(api(), SCHOOLS, { first: 20, after: oldCursor.cursor })).entities;
    const at = after.items.findIndex((i) => i.id === oldCursor.id);
    expect(resumed.edges.map((e: any) => e.node.id)).toEqual(after.items.slice(at + 1, at + 21).map((i) => i.id));
    expect(resumed.totalCount).toBe(after.totalCount);

    // The 2019 plan is now cited by two documents, and the new 区教委 is a third body of that name.
    const data = await queryData(api(), `{ plan: document(docNumber: "渝府发〔2019〕18号") { citedBy { docNumber } }
      qinglan: document(docNumber: "青岚府发〔2024〕7号") { clauses(first: 10) { edges { node { path lead { name } } } } } }`);
    expect(data.plan.citedBy.map((d: any) => d.docNumber).sort()).toEqual(['北碚府发〔2020〕44号', '青岚府发〔2024〕7号']);
    const task = data.qinglan.clauses.edges.map((e: any) => e.node).find((c: any) => c.path === '一/（一）');
    expect(task.lead).toEqual([{ name: '青岚区教育委员会' }]);
  });
}
