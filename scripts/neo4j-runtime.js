/*
 * The project's own Neo4j: builds the embedded server in neo4j/ (Maven; the first build downloads
 * Neo4j from Maven Central, later ones reuse neo4j/target), starts it as a detached JVM, waits for
 * Bolt, and stops it again. Used by scripts/neo4j-start.js, scripts/neo4j-stop.js and the jest
 * global set-up. Plain CommonJS so both Node and ts-jest load it without a build step.
 *
 * An instance lives in one "home" folder: data/ and logs/ (Neo4j's own, logs/debug.log),
 * neo4j.log (the JVM's stdout/stderr) and neo4j.pid. Authentication is disabled, so any
 * user/password works; the server binds to 127.0.0.1 unless told otherwise.
 */
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const neo4j = require('neo4j-driver');

const ROOT = path.resolve(__dirname, '..');
const PROJECT = path.join(ROOT, 'neo4j');
const JAR = path.join(PROJECT, 'target', 'vetgraph-neo4j.jar');
const LIB = path.join(PROJECT, 'target', 'lib');
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

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** True when target/ holds a jar built after the last change to pom.xml or the Java sources. */
function isBuilt() {
  if (!fs.existsSync(JAR) || !fs.existsSync(LIB) || fs.readdirSync(LIB).length === 0) return false;
  const sources = Math.max(fs.statSync(path.join(PROJECT, 'pom.xml')).mtimeMs, newestMtime(path.join(PROJECT, 'src')));
  return fs.statSync(JAR).mtimeMs >= sources;
}

function runMaven(args, log) {
  const result = spawnSync('mvn', ['-B', '-q', '-f', path.join(PROJECT, 'pom.xml'), ...args, 'package'], {
    cwd: PROJECT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.error && result.error.code === 'ENOENT') {
    throw new Error('Maven (mvn) is not on PATH; it and Java 17+ are needed to build the embedded Neo4j in neo4j/');
  }
  if (result.status !== 0) log(`vetgraph-neo4j: mvn ${args.join(' ')} package exited with ${result.status}`);
  return result.status === 0;
}

/** Builds neo4j/ unless it is up to date. Offline first when the jars were fetched before. */
function ensureBuilt(log = console.error) {
  if (isBuilt()) return;
  const fetchedBefore = fs.existsSync(LIB);
  // Drop the old classpath so a version bump never leaves two Neo4j versions side by side.
  fs.rmSync(LIB, { recursive: true, force: true });
  if (fetchedBefore) {
    log('vetgraph-neo4j: rebuilding neo4j/ offline');
    if (runMaven(['-o'], log)) return;
  }
  log('vetgraph-neo4j: building neo4j/ (the first build downloads about 170 MB from Maven Central)');
  if (!runMaven([], log)) throw new Error('building neo4j/ with Maven failed; see the Maven output above');
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

function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === 'EPERM';
  }
  // A zombie has exited already; its parent (perhaps an init that never reaps) just has not collected it.
  const stat = `/proc/${pid}/stat`;
  if (!fs.existsSync(stat)) return true;
  const state = fs.readFileSync(stat, 'utf8').replace(/^.*\)\s*/s, '').charAt(0);
  return state !== 'Z';
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
  const stale = runningPid(files);
  if (stale !== undefined) {
    throw new Error(`a server from ${files.home} (pid ${stale}) is running but not answering on ${uri}; ` +
      `stop it with: npm run neo4j:stop -- --home ${path.relative(ROOT, files.home)}`);
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

module.exports = { DEV_HOME, ROOT, ensureBuilt, freePort, instanceFiles, probeBolt, startNeo4j, stopNeo4j };
