// The largest project restore accepts: far past any real one, small enough that ordering, compiling and counting stay quick.

/** Upper bounds on a project's size; each refusal names its limit and the field path. */
export const LIMITS = {
  /** Cards on the canvas (a busy workshop board has a few hundred). */
  nodes: 5_000,
  /** Journey stages in all (a real journey has a handful; each stage is compared with every later one of its chain). */
  stages: 100,
  /** Connections between cards. */
  edges: 20_000,
  /** Conditions of one filter, stage or trait. */
  conditions: 500,
  /** Conditions in the whole project (each distinct one is a pass over the table: 5,000 took 2–5 s over 100,000 rows). */
  allConditions: 2_000,
  /** Values listed in one condition (is any of, has any of …). */
  values: 10_000,
  /** Values listed in all the project's conditions. */
  allValues: 100_000,
  /** Values of one split by value, each an output of the card (the inspector lists 100 values at a time). */
  splitValues: 1_000,
  /** Values of all the project's splits by value (each is a pass over the split's input: 200 took 2.4 s over 100,000 rows). */
  allSplitValues: 2_000,
  /** Branches of one random split. */
  branches: 100,
  /** Levels of nested lists and objects anywhere in the file (a project needs about seven). */
  depth: 100,
  /** Characters of one message's body or subject (a Liquid template). */
  template: 100_000,
} as const;
