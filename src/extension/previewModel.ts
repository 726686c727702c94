import * as vscode from 'vscode';
import { CountCache } from '../core/countCache';
import type { FrontMatterBlock } from '../core/frontMatter';
import { isPlatformId, platformProfile, type PlatformId } from '../core/platforms';
import type { PostModel } from '../core/postModel';
import { buildThreadCards, cardAt, initialsOf, SegmentCache, type PostMeasurer } from '../core/threadCards';
import type { PreviewModel } from '../protocol';
import { isAnalysed, type PostAnalyses, type PostAnalysis } from './postAnalyses';
import { findWorkspaceImage, readPreviewFrontMatter, type PreviewFrontMatter } from './previewFrontMatter';

/** What one preview model is built from. */
export interface PreviewRequest {
  document: vscode.TextDocument | undefined;
  /** The platform the writer picked in the preview; the primary one when unset or no longer enabled. */
  platform: string | undefined;
  revision: number;
  /** The offset of the cursor in the document, to highlight the post it is in. */
  cursor: number | undefined;
}

/**
 * Turns the shared analysis of a document into the model the preview draws. It counts through the
 * analysis' own cache for the primary platform and keeps one cache per other platform the writer picks.
 */
export class PreviewModelBuilder {
  private readonly otherCounts = new Map<PlatformId, CountCache>();
  private readonly segments = new SegmentCache();
  private frontMatter: { key: string; value: PreviewFrontMatter } | undefined;

  constructor(
    private readonly analyses: PostAnalyses,
    private readonly webview: vscode.Webview,
  ) {}

  /** The model for a request; the only asynchronous step is looking for the front matter image. */
  async build(request: PreviewRequest): Promise<PreviewModel> {
    const settings = this.analyses.currentSettings;
    const platform = request.platform !== undefined && isPlatformId(request.platform) && settings.platforms.includes(request.platform)
      ? request.platform
      : settings.primaryPlatform;
    const base: PreviewModel = {
      revision: request.revision,
      documentUri: request.document?.uri.toString() ?? '',
      postTitle: request.document === undefined ? 'Thread Preview' : fileName(request.document.uri),
      author: { ...settings.previewAuthor, initials: initialsOf(settings.previewAuthor.name) },
      platform,
      platforms: settings.platforms.map((id) => ({ id, name: platformProfile(id).displayName })),
      threads: [],
    };
    if (request.document === undefined) return { ...base, notice: 'no-document' };
    const analysis = this.analyses.analyse(request.document);
    if (!isAnalysed(analysis)) return { ...base, notice: 'too-large' };

    const frontMatter = this.readFrontMatter(analysis.model.frontMatter);
    const threads = buildThreadCards(analysis.model, analysis.problems, this.measurerFor(platform, analysis), this.segments);
    this.segments.endGeneration();
    if (platform !== settings.primaryPlatform) this.otherCounts.get(platform)?.endGeneration();
    const image = frontMatter.image === undefined ? undefined : await findWorkspaceImage(request.document.uri, frontMatter.image);
    return {
      ...base,
      postTitle: frontMatter.title ?? firstHeading(analysis.model) ?? base.postTitle,
      ...(image === undefined ? {} : { image: { src: this.webview.asWebviewUri(image).toString(), alt: `Post image ${frontMatter.image}` } }),
      threads,
      ...(threads.length === 0 ? { notice: 'no-threads' as const } : {}),
      activePostId: request.cursor === undefined ? undefined : cardAt(threads, request.cursor)?.id,
    };
  }

  /** Forgets counts made under old settings. */
  resetCounts(): void {
    this.otherCounts.clear();
  }

  private measurerFor(platform: PlatformId, analysis: PostAnalysis): PostMeasurer {
    if (platform === this.analyses.currentSettings.primaryPlatform) return analysis.counts;
    let counts = this.otherCounts.get(platform);
    if (counts === undefined) {
      counts = new CountCache(platformProfile(platform));
      this.otherCounts.set(platform, counts);
    }
    return counts;
  }

  private readFrontMatter(block: FrontMatterBlock | undefined): PreviewFrontMatter {
    const key = block === undefined ? '' : `${block.kind}:${block.closed}:${block.raw}`;
    if (this.frontMatter?.key !== key) this.frontMatter = { key, value: readPreviewFrontMatter(block) };
    return this.frontMatter.value;
  }
}

/** The file name a post's tab and header show. */
export function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

function firstHeading(model: PostModel): string | undefined {
  return model.sections.find((section) => section.heading !== undefined)?.heading?.text;
}
