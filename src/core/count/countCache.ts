import { platformNamed, platformProfile, type PlatformId, type PlatformOptions, type PlatformProfile, type PostLength } from './platforms';
import { GenerationCache } from '../post/generationCache';
import type { Thread } from '../post/postModel';

/** Bounds a generation, for documents counted keystroke by keystroke but never analysed (too large to parse live). */
const MAX_ENTRIES = 50_000;

/** Remembers lengths by post text, so a keystroke re-counts only the post it changed. */
export class CountCache {
  private readonly lengths = new GenerationCache<PostLength>(MAX_ENTRIES);
  private readonly count = (text: string) => this.profile.measure(text);

  constructor(readonly profile: PlatformProfile) {}

  /** The profile's length for a text, counted at most once while the text stays in use. */
  measure(text: string): PostLength {
    return this.lengths.get(text, this.count);
  }

  /** Marks the end of one analysis: texts not measured since the previous mark are forgotten. */
  endGeneration(): void {
    this.lengths.endGeneration();
  }
}

/**
 * One CountCache per platform profile, so a thread whose heading names its platform is counted with that
 * profile while the rest use the primary one; the extension keeps one per document, the CLI one per run.
 */
export class PlatformCounts {
  private readonly caches = new Map<PlatformId, CountCache>();
  /** The enabled platforms in order; the first is primary. */
  readonly platforms: readonly PlatformId[];

  /** `profileOf` looks profiles up (the registry by default; tests pass one that records each count). */
  constructor(
    platforms: readonly PlatformId[],
    private readonly options: PlatformOptions = {},
    private readonly profileOf: (id: PlatformId, options: PlatformOptions) => PlatformProfile = platformProfile,
  ) {
    this.platforms = platforms.length > 0 ? platforms : ['x'];
  }

  get primary(): PlatformId {
    return this.platforms[0];
  }

  /** The platform a thread is counted for: the one its heading names, else the primary one. */
  platformOf(thread: Pick<Thread, 'platform'>): PlatformId {
    return platformNamed(thread.platform) ?? this.primary;
  }

  /** The cache that counts with a platform's profile, created on first use. */
  of(platform: PlatformId): CountCache {
    let cache = this.caches.get(platform);
    if (cache === undefined) {
      cache = new CountCache(this.profileOf(platform, this.options));
      this.caches.set(platform, cache);
    }
    return cache;
  }

  /** The cache a thread's posts are counted with. */
  forThread(thread: Pick<Thread, 'platform'>): CountCache {
    return this.of(this.platformOf(thread));
  }

  /** Ends one analysis in every cache, so each keeps only the texts that analysis used. */
  endGeneration(): void {
    this.caches.forEach((cache) => cache.endGeneration());
  }
}
