/*
 * Builds the embedded Neo4j in neo4j/ with Maven into neo4j/target (vetgraph-neo4j.jar + lib/*.jar).
 * Skipped while target/ is newer than pom.xml and the Java sources, so only the first build
 * downloads (about 170 MB from Maven Central); a rebuild tries offline first. A lock file keeps
 * two processes (say two test runs) from building into target/ at once.
 */
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { releaseLock, sleepSync, tryLock } = require('./neo4j-process');

const PROJECT = path.resolve(__dirname, '..', 'neo4j');
/** The server's own jar. */
const JAR = path.join(PROJECT, 'target', 'vetgraph-neo4j.jar');
/** Its runtime dependencies, one jar each. */
const LIB = path.join(PROJECT, 'target', 'lib');

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
  const result = spawnSync('mvn', ['-B', '-q', '-Dstyle.color=never', '-f', path.join(PROJECT, 'pom.xml'), ...args, 'package'], {
    cwd: PROJECT,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error && result.error.code === 'ENOENT') {
    throw new Error('Maven (mvn) is not on PATH; it and Java 17+ are needed to build the embedded Neo4j in neo4j/');
  }
  // Quiet Maven still prints bare colour resets (Debian's 3.8.7); pass on only real text.
  const output = `${result.stdout || ''}${result.stderr || ''}`.replace(/\x1b\[[0-9;]*m/g, '').trim();
  if (output) log(output);
  if (result.status !== 0) log(`vetgraph-neo4j: mvn ${args.join(' ')} package exited with ${result.status}`);
  return result.status === 0;
}

/** Runs `work` holding neo4j/target/.build-lock, so two test runs never build into target/ at once. */
function withBuildLock(work, log) {
  const lock = path.join(PROJECT, 'target', '.build-lock');
  const deadline = Date.now() + 20 * 60_000;
  let told = false;
  while (!tryLock(lock)) {
    if (Date.now() > deadline) throw new Error(`another build has held ${lock} for 20 minutes`);
    if (!told) log('vetgraph-neo4j: waiting for another process to finish building neo4j/');
    told = true;
    sleepSync(1000);
  }
  try {
    work();
  } finally {
    releaseLock(lock);
  }
}

/** Builds neo4j/ unless it is up to date. Offline first when the jars were fetched before. */
function ensureBuilt(log = console.error) {
  if (isBuilt()) return;
  withBuildLock(() => build(log), log);
}

function build(log) {
  if (isBuilt()) return; // another process built it while we waited for the lock
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

module.exports = { JAR, LIB, ensureBuilt };
