import type { PostModel, Thread } from '../post/postModel';

/** The thread a cursor is in (its heading or any of its posts), for the publish command. */
export function threadAt(model: PostModel, offset: number): Thread | undefined {
  return model.threadsBlock?.threads.find((thread) => thread.range.start <= offset && offset <= thread.range.end);
}

/** The first words of a thread's first post, so a confirmation names what is about to go out. */
export function firstWords(thread: Thread, maxLength = 60): string {
  const text = (thread.posts[0]?.text ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
