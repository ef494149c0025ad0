import type { ApiContext } from '../context/api-context';

/**
 * Runs a mutation and writes one audit line for it (who, what, outcome), success or failure,
 * so every change to the graph can be traced to a key and an address.
 */
export async function audited<T>(ctx: ApiContext, mutation: string, what: Record<string, unknown>, run: () => Promise<T>): Promise<T> {
  const line = { audit: true, mutation, who: ctx.caller.label, ...what };
  try {
    const result = await run();
    ctx.logger.info({ ...line, outcome: 'ok' }, `mutation ${mutation}`);
    return result;
  } catch (error) {
    ctx.logger.warn({ ...line, outcome: 'failed', error: error instanceof Error ? error.message : String(error) }, `mutation ${mutation} failed`);
    throw error;
  }
}
