/**
 * The verbs the free-text rules look for, as regular-expression alternatives. They are read in the
 * masked text, so a verb inside a name (`联合建设国际有限公司`, `联合体`) is never seen.
 */

/** Doing something together: `共建`, `合作`, `携手`, `签署` … (the verbs after `A与B`). */
export const JOINT_VERBS = '共建|共投|共管|共育|共办|共创|合办|联办|合作|联合|共同|携手|签署|签订|签约|联建|结对|筹建|对接|协同';

/** Setting up or running something: `建设`, `建成`, `举办`, `打造` … (the verbs before what is run). */
export const BUILD_VERBS = '共建|筹建|建设|建成|建立|举办|创办|开办|成立|组建|设立|打造|挂牌|立项|运营';

/**
 * Where a list of parties gives way to what they do: any verb of the two sets above, or a few
 * verbs that follow `与B` in a looser way (`与B开展…`, `与B就…研发`).
 */
export const PREDICATE_VERBS = `${JOINT_VERBS}|${BUILD_VERBS}|开展|开发|实施|研发|发起|就`;
