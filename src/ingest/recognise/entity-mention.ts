import type { EntityKind } from '../../graph/node-kind';

/** A name of an entity found in a text: `text.slice(start, end) === surface`. */
export interface EntityMention {
  kind: EntityKind;
  surface: string;
  /** Offsets into the text given to the recogniser (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** True for a category or a plural (`职业院校`, `有关企业`, `各区县`), false for one named thing. */
  generic: boolean;
  /** The full name this short form stands for, learned from a `（以下简称…）` definition in the same text. */
  fullForm?: string;
}

/** A name the recogniser should know even when it has no telling suffix (`华为`, `泰国`, `双高计划`). */
export interface GazetteerName {
  name: string;
  kind: EntityKind;
}

/** What the recogniser may know about the text besides its characters. */
export interface RecogniseContext {
  /** Where the text comes from, e.g. `重庆市北碚区`; recognition does not depend on it today, resolution does. */
  jurisdiction?: string;
  /** Known names and aliases (usually from the lexicon), matched where the text has them. */
  gazetteer?: readonly GazetteerName[];
}
