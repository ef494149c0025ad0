/** The store cannot be reached now (database down, connection lost); retry later. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

/** A write broke a rule of the store (a unique id taken by another kind, say). */
export class StoreConflictError extends Error {
  override readonly name = 'StoreConflictError';
}

/** The data on disk or in the database is not what the store wrote (corrupt file, wrong version). */
export class StoreCorruptError extends Error {
  override readonly name = 'StoreCorruptError';
}

/** What was given to the store is malformed: an edge to a missing node, an unknown kind, a depth out of range. */
export class StoreInputError extends Error {
  override readonly name = 'StoreInputError';
}
