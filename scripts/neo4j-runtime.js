/*
 * The project's own Neo4j: builds the embedded server in neo4j/ when needed (neo4j-build.js),
 * starts it as a detached JVM, waits for Bolt, and stops it again. Used by neo4j-start.js,
 * neo4j-stop.js and the jest global set-up. Plain CommonJS so both Node and ts-jest load it
 * without a build step.
 *
 * An instance lives in one "home" folder: data/ and logs/ (Neo4j's own, logs/debug.log),
 * neo4j.log (the JVM's stdout/stderr) and neo4j.pid. Authentication is disabled, so any
 * user/password works; the server binds to 127.0.0.1 unless told otherwise.
 */
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const neo4j = require('neo4j-driver');
const { JAR, LIB, ensureBuilt } = require('./neo4j-build');
const { isAlive, releaseLock, tryLock } = require('./neo4j-process');

const ROOT = path.resolve(__dirname, '..');
const MAIN_CLASS = 'vetgraph.EmbeddedNeo4j';

// Modest heap and the flags Neo4j's own launcher passes (reflective access for the page cache and Netty).
const JVM_OPTIONS = [
  '-Xms256m',
  '-Xmx1g',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

/** Default home of the development instance (`npm run neo4j:start`). */
const DEV_HOME = path.join(ROOT, '.neo4j', 'dev');

/** Paths of the files an instance keeps in its home folder. */
function instanceFiles(home) {
  const abs = path.resolve(ROOT, home);
  return {
    home: abs,
    data: path.join(abs, 'data'),
    neo4jLogs: path.join(abs, 'logs'),
    log: path.join(abs, 'neo4j.log'),
    pid: path.join(abs, 'neo4j.pid'),
  };
}

function javaCommand() {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function tcpOpen(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * 'bolt' when a Neo4j answers on host:port (an authentication refusal counts: something speaks Bolt),
 * 'other' when the port is taken by something else, 'closed' when nothing listens.
 */
async function probeBolt(host, port) {
  if (!(await tcpOpen(host, port))) return 'closed';
  const driver = neo4j.driver(`bolt://${host}:${port}`, neo4j.auth.basic('neo4j', ''), {
    connectionTimeout: 3000,
    maxConnectionRetryTime: 0,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity();
    return 'bolt';
  } catch (error) {
    return String(error && error.code).startsWith('Neo.ClientError.Security.') ? 'bolt' : 'other';
  } finally {
    await driver.close();
  }
}

/** Asks the OS for a port nobody listens on. */
function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The pid in the home's pid file if that process is alive and is our server, else undefined. */
function runningPid(files) {
  if (!fs.existsSync(files.pid)) return undefined;
  const pid = Number(fs.readFileSync(files.pid, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  const cmdline = `/proc/${pid}/cmdline`;
  // A recycled pid belongs to someone else: never signal it.
  if (fs.existsSync(cmdline) && !fs.readFileSync(cmdline, 'utf8').includes(MAIN_CLASS)) return undefined;
  return pid;
}

function tail(file, lines = 25) {
  if (!fs.existsSync(file)) return '(no log written)';
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a server on host:port with its files in `home`, unless Bolt already answers there.
 * `wipe` empties the data first; `watchPid` makes the server stop when that process ends.
 * Resolves to { uri, started, pid? }; rejects with the log's tail when it does not come up in time.
 */
async function startNeo4j(options = {}) {
  const { port = 7687, host = '127.0.0.1', home = DEV_HOME, wipe = false, watchPid, timeoutMs = 180_000 } = options;
  const log = options.log || console.error;
  const uri = `bolt://${host}:${port}`;
  const files = instanceFiles(home);

  const state = await probeBolt(host, port);
  if (state === 'bolt') return { uri, started: false };
  if (state === 'other') throw new Error(`port ${port} on ${host} is in use by something that does not speak Bolt`);
  // A server of this home that is still starting or shutting down: wait until it answers or is gone.
  const earlier = runningPid(files);
  const waitUntil = Date.now() + 60_000;
  while (runningPid(files) !== undefined) {
    if ((await probeBolt(host, port)) === 'bolt') return { uri, started: false };
    if (Date.now() > waitUntil) {
      throw new Error(`a server from ${files.home} (pid ${earlier}) is running but not answering on ${uri}; ` +
        `stop it with: npm run neo4j:stop -- --home ${path.relative(ROOT, files.home)}`);
    }
    await sleep(500);
  }

  ensureBuilt(log);
  if (wipe) {
    fs.rmSync(files.data, { recursive: true, force: true });
    fs.rmSync(files.neo4jLogs, { recursive: true, force: true });
  }
  fs.mkdirSync(files.home, { recursive: true });
  fs.rmSync(files.log, { force: true });

  const args = [...JVM_OPTIONS, '-cp', `${JAR}${path.delimiter}${path.join(LIB, '*')}`, MAIN_CLASS,
    '--home', files.home, '--host', host, '--port', String(port)];
  if (watchPid !== undefined) args.push('--watch-pid', String(watchPid));
  const out = fs.openSync(files.log, 'a');
  const child = spawn(javaCommand(), args, { cwd: ROOT, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  let exit;
  child.once('exit', (code, signal) => (exit = signal || `code ${code}`));
  child.once('error', (error) => (exit = error.code === 'ENOENT' ? 'java is not on PATH (Java 17+ is needed)' : String(error)));
  child.unref();
  if (child.pid !== undefined) fs.writeFileSync(files.pid, `${child.pid}\n`);

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await sleep(500);
    if (exit !== undefined) {
      fs.rmSync(files.pid, { force: true });
      throw new Error(`Neo4j exited during start (${exit}); log ${files.log}:\n${tail(files.log)}`);
    }
    if ((await probeBolt(host, port)) === 'bolt') return { uri, started: true, pid: child.pid };
  }
  await stopNeo4j({ home: files.home, log: () => {} });
  throw new Error(`Neo4j did not answer on ${uri} within ${timeoutMs / 1000}s; see ${files.log} ` +
    `and ${path.join(files.neo4jLogs, 'debug.log')}:\n${tail(files.log)}`);
}

/** Stops the server whose pid file is in `home` (SIGTERM, then SIGKILL after `timeoutMs`). */
async function stopNeo4j(options = {}) {
  const { home = DEV_HOME, timeoutMs = 60_000 } = options;
  const log = options.log || console.error;
  const files = instanceFiles(home);
  const pid = runningPid(files);
  if (pid === undefined) {
    fs.rmSync(files.pid, { force: true });
    return { stopped: false };
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    log(`vetgraph-neo4j: pid ${pid} ignored SIGTERM for ${timeoutMs / 1000}s; killing it`);
    process.kill(pid, 'SIGKILL');
  }
  fs.rmSync(files.pid, { force: true });
  return { stopped: true, pid };
}

module.exports = {
  DEV_HOME, ROOT, ensureBuilt, freePort, instanceFiles, probeBolt, releaseLock, startNeo4j, stopNeo4j, tryLock,
};
