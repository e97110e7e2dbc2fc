/** Where the wheel store lives between runs. Two implementations: the Actions cache and a local dir. */
export interface RestoreResult {
  /** The key of the entry that was restored; undefined on a miss (or a failed restore). */
  matchedKey: string | undefined;
  /** Set when an entry was found but could not be restored (corrupt/truncated archive, I/O error). */
  failure?: string;
  /** Set when there is no cache service to talk to (a local run, or a runner without one). */
  unavailable?: string;
  /** The key was a layer (see saveLayer): the whole store it was restored on top of. */
  layerBase?: string;
  /** Said in the log: e.g. a layer whose base is gone was restored alone (a miss for the save). */
  note?: string;
}

export type SaveResult =
  | { status: 'saved'; archiveBytes?: number }
  /** Another job (matrix sibling, re-run) saved this key first: not an error. */
  | { status: 'exists'; message: string }
  /** `reported`: the backend already logged the cause as a warning (do not warn twice). */
  | { status: 'failed'; message: string; reported?: boolean };

export interface WheelStoreBackend {
  readonly name: 'actions' | 'local';
  restore(paths: readonly string[], key: string, restoreKeys: readonly string[]): Promise<RestoreResult>;
  save(paths: readonly string[], key: string): Promise<SaveResult>;
  /**
   * Saves only `files` (what changed since `base`, a whole store, was restored) under `key`, and the
   * paths of the base that are gone (`removed`); a later restore of `key` brings back base + layer
   * minus those. Backends without it save whole stores only.
   */
  saveLayer?(paths: readonly string[], key: string, base: string, files: readonly string[], removed: readonly string[]): Promise<SaveResult>;
}
