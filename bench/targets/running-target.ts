import type { Server } from 'node:http';
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
