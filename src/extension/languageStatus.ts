import * as vscode from 'vscode';
import type { RulesChoice } from '../core/frontMatter/check';
import type { PresetName } from '../core/frontMatter/presets';
import { platformProfile } from '../core/count/platforms';
import { isPostDocument, POST_SELECTOR } from './documentSelector';
import { isAnalysed, type PostAnalyses } from './postAnalyses';
import type { ProjectConfigs } from './projectConfig';

const PRESET_NAMES: Record<PresetName, string> = { jekyll: 'Jekyll', hugo: 'Hugo' };

/** What the language status items show; the test API reads it. */
export interface LanguageStatusView {
  /** `Jekyll rules · X, Bluesky`, or undefined when no post is active. */
  readonly rulesText: string | undefined;
  /** `.threadwright.json` when the folder has one, else `No .threadwright.json`. */
  readonly projectFileText: string | undefined;
}

/**
 * The generator whose front matter rules apply to a document and why (TOML front matter is Hugo's; else the preset
 * set in the settings or the project file; else the one detected from the site's config; else Jekyll's), as the
 * front matter check chose it: the one place that answers it.
 */
export function appliedGenerator(analyses: PostAnalyses, document: vscode.TextDocument): RulesChoice {
  const analysis = analyses.analyse(document);
  if (isAnalysed(analysis)) return analysis.frontMatter.rules;
  const preset = analyses.settingsFor(document).frontMatter.preset;
  return preset === 'auto' ? { preset: 'jekyll', reason: 'the document is too large to read its site' } : { preset, reason: 'set by the `preset` setting or .threadwright.json' };
}

/**
 * Two language status items for Markdown, where VS Code users look for what an extension does to their file:
 * the generator rules and platforms in force (linking to the settings), and the project file (opening it).
 */
export function registerLanguageStatus(analyses: PostAnalyses, projectConfigs: ProjectConfigs): vscode.Disposable & LanguageStatusView {
  const rules = vscode.languages.createLanguageStatusItem('threadwright.rules', POST_SELECTOR);
  rules.name = vscode.l10n.t('Threadwright rules');
  const projectFile = vscode.languages.createLanguageStatusItem('threadwright.projectFile', POST_SELECTOR);
  projectFile.name = vscode.l10n.t('Threadwright project file');
  let shown: vscode.TextDocument | undefined;

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    shown = editor !== undefined && isPostDocument(editor.document) ? editor.document : undefined;
    if (shown === undefined) return;
    const settings = analyses.settingsFor(shown);
    const applied = appliedGenerator(analyses, shown);
    const generator = PRESET_NAMES[applied.preset];
    const platforms = settings.platforms.map((id) => platformProfile(id).displayName).join(', ');
    rules.text = vscode.l10n.t('$(checklist) {generator} rules · {platforms}', { generator, platforms });
    rules.detail = vscode.l10n.t("Threadwright: {generator}'s front matter rules ({reason}); posts counted for {platforms}", { generator, reason: applied.reason, platforms });
    rules.command = { title: vscode.l10n.t('Settings'), command: 'workbench.action.openSettings', arguments: ['@ext:threadwright.threadwright'], tooltip: vscode.l10n.t('Open Threadwright settings') };
    const file = projectConfigs.projectFileFor(shown.uri);
    projectFile.text = file === undefined ? vscode.l10n.t('No .threadwright.json') : '.threadwright.json';
    projectFile.detail = file === undefined ? vscode.l10n.t('Threadwright: rules come from your settings') : vscode.l10n.t('Threadwright: the repository\'s rules, under your settings');
    projectFile.command = file === undefined
      ? { title: vscode.l10n.t('Learn more'), command: 'vscode.open', arguments: [vscode.Uri.parse('https://github.com/threadwright/threadwright#the-project-file-threadwrightjson')] }
      : { title: vscode.l10n.t('Open'), command: 'vscode.open', arguments: [file] };
  };
  update();
  const disposable = vscode.Disposable.from(
    rules,
    projectFile,
    vscode.window.onDidChangeActiveTextEditor(update),
    analyses.onDidChangeSettings(update),
    projectConfigs.onDidChange(update),
  );
  return {
    dispose: () => disposable.dispose(),
    get rulesText() {
      return shown === undefined ? undefined : rules.text;
    },
    get projectFileText() {
      return shown === undefined ? undefined : projectFile.text;
    },
  };
}
