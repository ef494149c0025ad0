/** The path, or the path with `~2`, `~3`… when a clause of the document already has it (paths stay unique and stable). */
export function uniquePath(path: string, taken: Set<string>): string {
  let candidate = path;
  for (let n = 2; taken.has(candidate); n++) candidate = `${path}~${n}`;
  taken.add(candidate);
  return candidate;
}
