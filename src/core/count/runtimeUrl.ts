// The WHATWG URL parser that Node, browsers and web workers all provide. The core's type library has no DOM or
// Node types, so the few members the core reads are declared here; at run time this is the runtime's own `URL`.

/** The parts of a parsed URL the core reads. */
export interface ParsedUrl {
  protocol: string;
  host: string;
  pathname: string;
  search: string;
  hash: string;
}

declare const URL: new (input: string) => ParsedUrl;

/** Parses an absolute URL with the runtime's own parser; undefined where the parser throws. */
export function parseUrl(input: string): ParsedUrl | undefined {
  try {
    return new URL(input);
  // Stryker disable next-line BlockStatement: an empty block returns undefined too
  } catch {
    return undefined;
  }
}
