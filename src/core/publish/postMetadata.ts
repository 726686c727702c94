/** What publishing takes from the front matter: the language and the image for post 1. */
export interface PublishMetadata {
  /** `lang` (e.g. `en`, `de-AT`), when it looks like a BCP 47 tag. */
  lang?: string;
  /** `image` as written (a path from the site root) and its alt text, from `image_alt` or `image.alt`. */
  image?: { path: string; alt?: string };
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const MIME_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' };

/** Reads `lang`, `image` and its alt text from front matter data, as Jekyll themes and Hugo write them. */
export function publishMetadata(data: Record<string, unknown> | undefined): PublishMetadata {
  const lang = typeof data?.lang === 'string' && LANGUAGE_TAG.test(data.lang.trim()) ? data.lang.trim() : undefined;
  const image = data?.image;
  const alt = typeof data?.image_alt === 'string' ? data.image_alt : undefined;
  if (typeof image === 'string' && image.trim() !== '') return { lang, image: { path: image.trim(), alt } };
  if (image !== null && typeof image === 'object' && typeof (image as Record<string, unknown>).path === 'string') {
    const record = image as Record<string, unknown>;
    return { lang, image: { path: String(record.path).trim(), alt: typeof record.alt === 'string' ? record.alt : alt } };
  }
  return { lang };
}

/** The media type of an image by its file name; undefined for types the platforms do not take. */
export function imageMimeType(path: string): string | undefined {
  return MIME_TYPES[path.split('.').pop()?.toLowerCase() ?? ''];
}

/**
 * Where an `image` path may be on disk, nearest first: Jekyll serves it from the site root (an ancestor of the
 * post's folder), Hugo from `static/` there. Paths are `/`-separated; the adapters turn them into files.
 */
export function imageCandidates(postFolder: string, imagePath: string): string[] {
  if (/^[a-z][a-z0-9+.-]*:/i.test(imagePath) || imagePath.split('/').includes('..')) return [];
  const relative = imagePath.replace(/^\/+/, '');
  const candidates: string[] = [];
  const parts = postFolder.replace(/\/+$/, '').split('/');
  for (let depth = parts.length; depth > 0; depth--) {
    const folder = parts.slice(0, depth).join('/') || '/';
    candidates.push(`${folder}/${relative}`.replace(/^\/\//, '/'), `${folder}/static/${relative}`.replace(/^\/\//, '/'));
  }
  return candidates;
}
