// Starts Debian's Chromium on a fresh profile that lets VS Code's webviews load (third-party cookies allowed).
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { format } from 'node:util';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CACHE } from './paths.mjs';
import { ensureChromium } from './install.mjs';

const EXTENSION_ID = 'threadwright.threadwright';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

// Workbench chatter that says nothing about Threadwright; the full log is kept in .vscode-test/<host>.log.
const NOISE = /AgentHost|ChatModelSelection|AccountPolicyGate|ENOPRO|additional builtin|builtin extensions|package\.nls\.json|open-vsx|vsda|Updating additional|^\s*$/;

/**
 * A headless Chromium context ready to open a workbench; close it when done. VS Code for the Web's webviews need
 * third-party cookies, so they are allowed unless a test wants a browser that blocks them.
 */
export async function launchChromium({ headless = true, blockThirdPartyCookies = false } = {}) {
  mkdirSync(CACHE, { recursive: true });
  const profile = mkdtempSync(join(CACHE, 'chromium-profile-'));
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({
    profile: { cookie_controls_mode: blockThirdPartyCookies ? 1 : 0, block_third_party_cookies: blockThirdPartyCookies },
  }));
  process.env.XDG_CONFIG_HOME ??= mkdtempSync(join(CACHE, 'xdg-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless,
    args: FLAGS,
    viewport: { width: 1400, height: 900 },
  });
  // A workbench is a large page: on a busy 2-core machine its first load, and a wait for one of its parts,
  // can take well over Playwright's 30 s. A wait still ends as soon as what it waits for appears.
  context.setDefaultNavigationTimeout(120_000);
  context.setDefaultTimeout(90_000);
  return context;
}

/**
 * Opens a workbench URL whose payload starts extension tests, and resolves with the exit code the
 * test runner inside the page reports, plus every line it logged.
 */
export async function runTestsInPage(context, url, { timeoutMs = 1_200_000, label }) {
  const page = context.pages()[0] ?? (await context.newPage());
  const lines = [];
  const logFile = join(CACHE, `${label.replace(/\W+/g, '-')}.log`);
  writeFileSync(logFile, '');
  const exit = new Promise((resolve) => {
    page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...args);
      lines.push(line);
      appendFileSync(logFile, `${type}: ${line}\n`);
      if (!NOISE.test(line)) (type === 'error' ? console.error : console.log)(`[${label}] ${line}`);
    });
    page.exposeFunction('codeAutomationExit', (code) => resolve(code));
  });
  // The workbench logs an extension's uncaught errors and rejections to the page's console.
  const extensionErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith(`[${EXTENSION_ID}]`)) extensionErrors.push(message.text());
  });
  // An extension host's unhandled rejection surfaces as a page error without a stack; a clean run has none.
  page.on('pageerror', (error) => extensionErrors.push(String(error)));
  await page.goto(url);
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => {
      console.error(`[${label}] timed out after ${timeoutMs / 1000} s`);
      resolve(1);
    }, timeoutMs);
  });
  const code = await Promise.race([exit, timeout]);
  clearTimeout(timer);
  for (const error of extensionErrors) console.error(`[${label}] uncaught error in the extension: ${error}`);
  return { code, lines, extensionErrors };
}

/**
 * Reads the `passed`/`failed` tallies the in-host test index prints when it ends; an uncaught error
 * or rejection the extension logged during the run counts as one more failure.
 */
export function tallyFromLines({ lines, code, extensionErrors }) {
  const marker = lines.map((line) => /THREADWRIGHT_RESULT (\{.*\})/.exec(line)).filter(Boolean).at(-1);
  if (!marker) return { passed: 0, failed: 1 };
  const { passed, failed } = JSON.parse(marker[1]);
  const hostFailed = code !== 0 && failed === 0 ? 1 : 0;
  return { passed, failed: failed + hostFailed + (extensionErrors.length > 0 ? 1 : 0) };
}
