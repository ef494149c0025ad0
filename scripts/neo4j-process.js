/*
 * Process helpers for the embedded Neo4j scripts: is a pid alive, and pid-file locks that a
 * crashed holder cannot leave stuck (a lock whose process is gone is taken over).
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

/** True while process `pid` runs (a zombie counts as ended). */
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

/** Blocks this thread for `ms` milliseconds (for synchronous code such as the build). */
function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Takes `file` as a lock for this process: true when taken, false while another live process holds it.
 * A lock whose holder has died is taken over.
 */
function tryLock(file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (;;) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return true;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let holder;
    try {
      holder = Number(fs.readFileSync(file, 'utf8').trim());
    } catch (error) {
      if (error.code === 'ENOENT') continue; // released just now
      throw error;
    }
    if (holder === process.pid) return true;
    const written = Number.isInteger(holder) && holder > 0;
    // An empty lock younger than 10 s is being written by its new holder.
    const fresh = Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 10_000;
    if ((written && isAlive(holder)) || (!written && fresh)) return false;
    fs.rmSync(file, { force: true }); // left by a process that died
  }
}

/** Releases a lock taken by tryLock in this process; leaves other holders' locks alone. */
function releaseLock(file) {
  try {
    if (Number(fs.readFileSync(file, 'utf8').trim()) === process.pid) fs.rmSync(file, { force: true });
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
}

module.exports = { isAlive, releaseLock, sleepSync, tryLock };
