/**
 * One target server in its own process (forked by the bench with a TargetSpec as JSON in argv[2]),
 * so each is measured alone: its RSS, its event loop, its store calls. Talks to the bench over IPC:
 * `ready` with its URL once listening; `stats` (counts and peak RSS) when asked; exits on `stop`.
 */
import 'reflect-metadata';
import { startNeo4jGraphql } from '../targets/neo4j-graphql-target';
import { startRawCypher } from '../targets/raw-cypher-target';
import type { RunningTarget } from '../targets/running-target';
import { zeroCounts, type FromTarget, type TargetSpec, type ToTarget } from '../targets/target-spec';
import { startVetgraph } from '../targets/vetgraph-target';

const send = (message: FromTarget): void => void process.send?.(message);

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '') as TargetSpec;
  const counts = zeroCounts();
  const started = Date.now();
  let target: RunningTarget;
  if (spec.kind === 'neo4j-graphql') target = await startNeo4jGraphql(spec.uri, counts);
  else if (spec.kind === 'raw-cypher') target = await startRawCypher(spec.uri, counts);
  else target = await startVetgraph(spec, counts);
  target.server.on('request', () => (counts.requests += 1));
  // Peak RSS since the last reset, sampled often enough to see a query's allocation burst.
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
  process.on('message', (message: ToTarget) => {
    if (message.type === 'stats') {
      const rss = process.memoryUsage.rss();
      send({ type: 'stats', counts: { ...counts }, rssPeakBytes: Math.max(peak, rss), rssBytes: rss });
      if (message.reset) {
        Object.assign(counts, zeroCounts());
        peak = rss;
      }
    } else if (message.type === 'stop') {
      clearInterval(sampler);
      void target.close().finally(() => process.exit(0));
    }
  });
  process.on('disconnect', () => process.exit(0));
  const graph = target.graph ? { nodes: target.graph.nodes, edges: target.graph.edges, loadSeconds: target.graph.seconds, method: target.graph.method } : undefined;
  send({ type: 'ready', url: target.url, setupSeconds: (Date.now() - started) / 1000, graph });
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
