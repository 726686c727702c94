import * as vscode from 'vscode';
import { problemDocsUrl } from '../core/checks/problemCodes';
import type { Problem, Severity } from '../core/post/problem';
import { localisedMessage } from './l10n';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Turns a core problem into an editor diagnostic with its source, code and documentation link (for an open document or any text with positions). */
export function toDiagnostic(document: Pick<vscode.TextDocument, 'positionAt' | 'uri'>, problem: Problem): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(problem.range.start), document.positionAt(problem.range.end));
  const diagnostic = new vscode.Diagnostic(range, localisedMessage(problem), SEVERITIES[problem.severity]);
  diagnostic.source = 'threadwright';
  diagnostic.code = { value: problem.code, target: vscode.Uri.parse(problemDocsUrl(problem.code)) };
  if (problem.related !== undefined) {
    diagnostic.relatedInformation = problem.related.map((location) => new vscode.DiagnosticRelatedInformation(
      new vscode.Location(document.uri, new vscode.Range(document.positionAt(location.range.start), document.positionAt(location.range.end))),
      localisedMessage(location),
    ));
  }
  return diagnostic;
}

/** The Threadwright code of a diagnostic (as toDiagnostic sets it), so quick fixes find theirs by code. */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const { code } = diagnostic;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}
