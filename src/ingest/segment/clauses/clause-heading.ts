import { displayWidth } from '../../normalise/char-class';

/** Longest heading, in Chinese characters, read off the start of a clause. */
const MAX_HEADING = 40;

/**
 * The heading of a clause from its paragraph after the mark: the whole rest when it is a short
 * line (`指导思想`), else its first sentence when that is short (`（一）总体目标。经过…` → `总体目标`),
 * else nothing (the clause starts straight with its text).
 */
export function clauseHeading(rest: string): string {
  const text = rest.trim();
  const stop = text.indexOf('。');
  if (stop < 0 && displayWidth(text) <= MAX_HEADING) return text.replace(/[：:]$/, '');
  if (stop > 0 && displayWidth(text.slice(0, stop)) <= MAX_HEADING) return text.slice(0, stop);
  return '';
}
