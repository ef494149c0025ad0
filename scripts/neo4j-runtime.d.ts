/** Types for scripts/neo4j-runtime.js (plain CommonJS so Node runs it without a build). */

/** Absolute path of the repository root. */
export const ROOT: string;
/** Home folder of the development instance: .neo4j/dev. */
export const DEV_HOME: string;

/** Files an instance keeps in its home folder. */
export interface InstanceFiles {
  home: string;
  data: string;
  neo4jLogs: string;
  log: string;
  pid: string;
}

export interface StartOptions {
  port?: number;
  host?: string;
  home?: string;
  /** Delete data/ and logs/ before starting. */
  wipe?: boolean;
  /** The server stops by itself once this process has ended. */
  watchPid?: number;
  timeoutMs?: number;
  log?: (message: string) => void;
}

export interface StartResult {
  uri: string;
  /** False when Bolt already answered on the port and nothing was started. */
  started: boolean;
  pid?: number;
}

export interface StopOptions {
  home?: string;
  timeoutMs?: number;
  log?: (message: string) => void;
}

/** Builds neo4j/ with Maven unless neo4j/target is up to date. */
export function ensureBuilt(log?: (message: string) => void): void;
/** A port nobody listens on, chosen by the OS. */
export function freePort(host?: string): Promise<number>;
/** Paths of an instance's files, relative homes resolved against the repository root. */
export function instanceFiles(home: string): InstanceFiles;
/** What listens on host:port: a Bolt server, something else, or nothing. */
export function probeBolt(host: string, port: number): Promise<'bolt' | 'other' | 'closed'>;
/** Takes `file` as a lock for this process: false while another live process holds it; stale locks are taken over. */
export function tryLock(file: string): boolean;
/** Releases a lock this process took with tryLock. */
export function releaseLock(file: string): void;
/** Starts a server unless Bolt already answers on the port. */
export function startNeo4j(options?: StartOptions): Promise<StartResult>;
/** Stops the server whose pid file is in the home folder; a no-op when none runs. */
export function stopNeo4j(options?: StopOptions): Promise<{ stopped: boolean; pid?: number }>;
