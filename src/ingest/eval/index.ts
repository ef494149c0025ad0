/** Evaluation of an ingested graph against the hand-made gold annotation of the seeds. */
export { evaluateGraph, predictedRelations } from './evaluate-graph';
export type { EvalReport, Score, ScoreRow } from './evaluate-graph';
export { formatReport } from './format-report';
export { loadGold } from './gold-types';
export type { GoldFile, GoldRelation } from './gold-types';
