/** Deadline phrases that name no date: the task runs on. */
const ONGOING = /长期坚持|持续推进|长期推进|持续开展|常态化推进/;

/** `2025年12月`, `2022年底前`, `2023年6月底前`, `2024年12月31日前`, `2025年`. */
const DATED = /(20\d\d)\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?)?\s*(底)?\s*(前)?/;

/**
 * The deadline a task's `完成时限` cell gives, or that a clause states in a closing bracket
 * (`（2022年底前完成）`): `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for a date (a year's end is `YYYY-12`),
 * or the phrase itself (`持续推进`, `长期坚持`) for an open-ended task; undefined when there is none.
 */
export function parseDeadline(text: string): string | undefined {
  const ongoing = ONGOING.exec(text);
  const dated = DATED.exec(text);
  if (dated && (!ongoing || dated.index < ongoing.index)) {
    const [, year, month, day, yearEnd] = dated;
    if (day && month) return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (month) return `${year}-${month.padStart(2, '0')}`;
    return yearEnd ? `${year}-12` : year;
  }
  return ongoing?.[0];
}

/** A deadline stated inside a clause: a bracket or field that says when (`（2022年底前）`, `完成时限：长期坚持`). */
const CLAUSE_DEADLINE = /(?:完成时限|完成时间|时间节点|时限)\s*[：:]\s*([^；;。）)\n]{2,20})|[（(]\s*((?:20\d\d\s*年[^）)]{0,8}前|长期坚持|持续推进)[^）)]{0,6})[）)]|(20\d\d\s*年(?:\s*\d{1,2}\s*月)?\s*底?前)/;

/** The deadline a clause's own text states, if it states one. */
export function clauseDeadline(text: string): string | undefined {
  const m = CLAUSE_DEADLINE.exec(text);
  return m ? parseDeadline(m[1] ?? m[2] ?? m[3]) : undefined;
}
