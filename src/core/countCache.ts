import type { PlatformProfile, PostLength } from './platforms';

/**
 * Remembers lengths by post text, so a keystroke re-counts only the post it changed.
 * Entries not used during the last two analyses are dropped, which keeps memory flat while a writer types.
 */
export class CountCache {
  private current = new Map<string, PostLength>();
  private previous = new Map<string, PostLength>();

  constructor(private readonly profile: PlatformProfile) {}

  /** The profile's length for a text, counted at most once while the text stays in use. */
  measure(text: string): PostLength {
    let length = this.current.get(text);
    if (length === undefined) {
      length = this.previous.get(text) ?? this.profile.measure(text);
      this.current.set(text, length);
    }
    return length;
  }

  /** Marks the end of one analysis: texts not measured since the previous mark are forgotten. */
  endGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}
