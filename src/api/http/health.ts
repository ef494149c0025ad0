import type { ServerResponse } from 'node:http';
import type { GraphStore } from '../../store/graph-store.port';
import { sendJson } from './send';

/** How long readiness waits for the store before calling it not ready. */
const READY_TIMEOUT_MS = 2000;

/** `/healthz`: the process is up and serving. */
export function sendHealth(res: ServerResponse): void {
  sendJson(res, 200, { status: 'ok' });
}

/** `/readyz`: 200 when the store answers a cheap read (a node lookup) in time, else 503 with the reason. */
export async function sendReadiness(res: ServerResponse, store: GraphStore): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      store.getNodes(['readyz:probe']),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`store did not answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
      }),
    ]);
    sendJson(res, 200, { status: 'ready' });
  } catch (error) {
    sendJson(res, 503, { status: 'unavailable', reason: error instanceof Error ? error.message : String(error) });
  } finally {
    clearTimeout(timer);
  }
}
