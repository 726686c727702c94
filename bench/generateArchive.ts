// Writes a site archive of generated posts: mixed sizes, half with a threads block, some posts over the limit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePost } from './generatePost';

const THREADS_BLOCK = '\n---\n\n## Twitter threads:';

/** The text of archive post `index`: 2–41 body sections; odd posts carry a thread of 2–13 posts. */
export function archivePost(index: number): string {
  const sections = 2 + ((index * 7) % 40);
  const full = generatePost(2 + (index % 12), sections);
  const post = index % 2 === 1 ? full : full.slice(0, full.indexOf(THREADS_BLOCK) + 1);
  return post.replace('title: "A benchmark post"', `title: "Archive post ${index + 1}"`);
}

/** Writes `count` posts under `root/posts/<year>/`, ten years of them, and returns their paths. */
export function writeArchive(root: string, count: number): string[] {
  const paths: string[] = [];
  for (let index = 0; index < count; index++) {
    const year = 2015 + (index % 10);
    const folder = join(root, 'posts', String(year));
    if (index < 10) mkdirSync(folder, { recursive: true });
    const path = join(folder, `${String(index + 1).padStart(5, '0')}-post.md`);
    writeFileSync(path, archivePost(index));
    paths.push(path);
  }
  return paths;
}
