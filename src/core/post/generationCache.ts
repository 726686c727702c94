import { detached } from './text';

/**
 * Remembers values by text across analyses, so a keystroke recomputes only what belongs to the text it changed
 * (a post's length, its preview runs, a section's figures). Entries not used during the last two generations
 * (one generation is one analysis or one preview build) are dropped, which keeps memory flat while a writer types.
 */
export class GenerationCache<V> {
  private current = new Map<string, Entry<V>>();
  private previous = new Map<string, Entry<V>>();

  /** `maxEntries` bounds a generation, for documents used keystroke by keystroke but never analysed. */
  constructor(private readonly maxEntries = Number.POSITIVE_INFINITY) {}

  /**
   * The value for `key`, computed at most once while the key stays in use. A new key is kept (and given to
   * `compute`) as a copy of its own characters, so a key sliced from a document, or a value sliced from the key,
   * never holds that whole version of the document in memory.
   */
  get(key: string, compute: (key: string) => V): V {
    let entry = this.current.get(key);
    if (entry === undefined) {
      entry = this.previous.get(key);
      if (entry === undefined) {
        const kept = detached(key);
        entry = { key: kept, value: compute(kept) };
      }
      if (this.current.size >= this.maxEntries) this.endGeneration();
      this.current.set(entry.key, entry);
    }
    return entry.value;
  }

  /** Marks the end of one generation: keys not used since the previous mark are forgotten. */
  endGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

interface Entry<V> {
  key: string;
  value: V;
}
