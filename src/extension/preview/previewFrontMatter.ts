import * as vscode from 'vscode';
import type { FrontMatterReport } from '../../core/frontMatter/check';

/** The two front matter keys the preview shows: the title in its header, the image on the first card. */
export interface PreviewFrontMatter {
  title?: string;
  image?: string;
}

/** Takes `title` and `image` from the front matter the analysis already read; broken front matter simply gives neither. */
export function readPreviewFrontMatter(report: FrontMatterReport): PreviewFrontMatter {
  const { title, image } = report.parsed?.data ?? {};
  return {
    ...(typeof title === 'string' && title.trim() !== '' ? { title: title.trim() } : {}),
    ...(typeof image === 'string' && image.trim() !== '' ? { image: image.trim() } : {}),
  };
}

/**
 * Finds the front matter image in the workspace: relative to the site root (the workspace folder,
 * as Jekyll reads `assets/…`) or to the post's own folder. Remote images are not shown: the
 * preview's security policy only loads the workspace's own files.
 */
export async function findWorkspaceImage(document: vscode.Uri, image: string): Promise<vscode.Uri | undefined> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(image) || image.includes('..')) return undefined;
  const path = image.replace(/^\/+/, '');
  const folder = vscode.workspace.getWorkspaceFolder(document);
  const candidates = [
    ...(folder === undefined ? [] : [vscode.Uri.joinPath(folder.uri, path)]),
    vscode.Uri.joinPath(document, '..', path),
  ];
  for (const candidate of candidates) {
    try {
      const stat = await vscode.workspace.fs.stat(candidate);
      if (stat.type & vscode.FileType.File) return candidate;
    } catch {
      // Not there: try the next place.
    }
  }
  return undefined;
}
