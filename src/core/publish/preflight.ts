import { PlatformCounts } from '../count/countCache';
import { findFiguresNotInBody } from '../checks/figures';
import { mastodonProfile } from '../count/mastodonProfile';
import { findNumberingProblems } from '../checks/numberingProblems';
import { platformProfile, type PlatformId, type PlatformProfile } from '../count/platforms';
import type { PostModel, Thread } from '../post/postModel';
import { findTooLongPosts } from '../checks/tooLongPosts';
import { type Problem } from '../post/problem';

/** The limits a server announces, which override the settings' for the post being published. */
export interface ServerLimits {
  /** Mastodon's `configuration.statuses.max_characters`. */
  maxCharacters?: number;
  /** Mastodon's `configuration.statuses.characters_reserved_per_url`. */
  charactersPerUrl?: number;
}

/** What pre-flight found: problems that stop publishing, and ones the writer may go on past. */
export interface Preflight {
  refusals: Problem[];
  warnings: Problem[];
}

const MASTODON_URL_LENGTH = 23;

/**
 * Checks one thread before it goes out, with the editor's own checks: a post over the target platform's limit or
 * broken numbering refuses; a figure the post does not contain warns. The thread is counted for `platform`,
 * whatever its heading names, since that is where it is going.
 */
export function preflightThread(model: PostModel, text: string, thread: Thread, platform: PlatformId, limits: ServerLimits = {}): Preflight {
  const alone: PostModel = { ...model, threadsBlock: model.threadsBlock && { ...model.threadsBlock, threads: [{ ...thread, platform: undefined }] } };
  const counts = new PlatformCounts([platform], {}, () => publishingProfile(platform, limits));
  const inThread = (problem: Problem) => problem.range.start >= thread.range.start && problem.range.end <= thread.range.end;
  return {
    refusals: [...findTooLongPosts(alone, counts), ...findNumberingProblems(alone)].filter(inThread).sort(byStart),
    warnings: findFiguresNotInBody(model, text).filter(inThread).sort(byStart),
  };
}

/** The profile a thread is counted with for publishing: Mastodon takes the server's limit and link length. */
export function publishingProfile(platform: PlatformId, limits: ServerLimits): PlatformProfile {
  if (platform !== 'mastodon') return platformProfile(platform);
  const limit = limits.maxCharacters ?? mastodonProfile().limit;
  const extraPerUrl = (limits.charactersPerUrl ?? MASTODON_URL_LENGTH) - MASTODON_URL_LENGTH;
  const base = mastodonProfile(limit);
  if (extraPerUrl === 0) return base;
  return {
    ...base,
    measure(postText) {
      const { urls } = base.measure(postText);
      const shifted = mastodonProfile(Math.max(1, limit - urls * extraPerUrl)).measure(postText);
      return { ...shifted, length: shifted.length + urls * extraPerUrl, limit };
    },
  };
}

function byStart(a: Problem, b: Problem): number {
  return a.range.start - b.range.start;
}
