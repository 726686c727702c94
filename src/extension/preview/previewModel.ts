import * as vscode from 'vscode';
import { PLATFORM_IDS, platformProfile, type PlatformId } from '../../core/count/platforms';
import type { PostModel, Thread } from '../../core/post/postModel';
import { buildThreadCards, cardAt, initialsOf, SegmentCache, type PostMeasurer } from '../../core/preview/threadCards';
import type { PreviewModel } from '../../protocol';
import { isAnalysed, type PostAnalyses, type PostAnalysis } from '../postAnalyses';
import { fileName } from '../fileName';
import { findWorkspaceImage, readPreviewFrontMatter } from './previewFrontMatter';

/** What one preview model is built from. */
export interface PreviewRequest {
  document: vscode.TextDocument | undefined;
  /** The platform the writer picked in the preview; the primary one when unset. */
  platform: PlatformId | undefined;
  revision: number;
  /** The offset of the cursor in the document, to highlight the post it is in. */
  cursor: number | undefined;
}

/**
 * Turns the shared analysis of a document into the model the preview draws. It counts through the
 * analysis' own cache for the primary platform and keeps one cache per other platform the writer picks.
 */
export class PreviewModelBuilder {
  private readonly segments = new SegmentCache();

  constructor(
    private readonly analyses: PostAnalyses,
    private readonly webview: vscode.Webview,
  ) {}

  /** The model for a request; the only asynchronous step is looking for the front matter image. */
  async build(request: PreviewRequest): Promise<PreviewModel> {
    const settings = this.analyses.settingsFor(request.document);
    const platform = request.platform ?? settings.primaryPlatform;
    const others = PLATFORM_IDS.filter((id) => !settings.platforms.includes(id));
    const base: PreviewModel = {
      revision: request.revision,
      documentUri: request.document?.uri.toString() ?? '',
      documentVersion: request.document?.version ?? 0,
      postTitle: request.document === undefined ? 'Thread Preview' : fileName(request.document.uri),
      author: { ...settings.previewAuthor, initials: initialsOf(settings.previewAuthor.name) },
      platform,
      platforms: [...settings.platforms, ...others].map((id) => ({ id, name: platformProfile(id).displayName, enabled: settings.platforms.includes(id) })),
      threads: [],
    };
    if (request.document === undefined) return { ...base, notice: 'no-document' };
    const analysis = this.analyses.analyse(request.document);
    if (!isAnalysed(analysis)) return { ...base, notice: 'too-large' };

    const frontMatter = readPreviewFrontMatter(analysis.frontMatter);
    const threads = buildThreadCards(analysis.model, analysis.problems, this.measurerFor(platform, settings.primaryPlatform, analysis), this.segments);
    this.segments.endGeneration();
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

  /** The primary platform counts each thread for the platform its heading names; another one counts every thread. */
  private measurerFor(platform: PlatformId, primary: PlatformId, analysis: PostAnalysis): (thread: Thread) => PostMeasurer {
    return platform === primary ? (thread) => analysis.counts.forThread(thread) : () => analysis.counts.of(platform);
  }
}

function firstHeading(model: PostModel): string | undefined {
  return model.sections.find((section) => section.heading !== undefined)?.heading?.text;
}
