import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SourceLoad } from '../graph-source';

/** A target server listening on 127.0.0.1. */
export interface RunningTarget {
  /** Base URL, e.g. http://127.0.0.1:40123. */
  url: string;
  /** The HTTP server, so the process can count requests the same way for every target. */
  server: Server;
  /** What the embedded target loaded at start. */
  graph?: SourceLoad;
  close(): Promise<void>;
}

/** Starts `server` on a free loopback port; closing stops the server first, then `closeRest` (drivers, Apollo). */
export async function listenOnLoopback(server: Server, closeRest: () => Promise<void>): Promise<RunningTarget> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await closeRest();
    },
  };
}
