// A stand-in for the `vscode` module, only to time loading and activating the bundles outside VS Code.
// Each API name is a callable that returns another stand-in; `get(key, default)` returns the default
// and events return a disposable, which is all activation needs.

interface Anything {
  (...args: unknown[]): Anything;
  [property: string]: Anything;
}

function makeAnything(): Anything {
  const cache = new Map<PropertyKey, unknown>();
  const target = function () {} as unknown as Anything;
  return new Proxy(target, {
    get(_target, property) {
      if (property === 'then') return undefined;
      if (property === Symbol.toPrimitive) return () => '';
      if (property === Symbol.iterator) return function* () {};
      if (property === 'get') return (_key: unknown, fallback: unknown) => fallback;
      if (property === 'length') return 0;
      if (!cache.has(property)) cache.set(property, makeAnything());
      return cache.get(property);
    },
    set(_target, property, value) {
      cache.set(property, value);
      return true;
    },
    apply: () => makeAnything(),
    construct: () => makeAnything(),
  });
}

/** The fake module object handed to the bundle's `require('vscode')`: one stand-in per name the API exports. */
export function makeFakeVscode(apiNames: readonly string[]): Record<string, Anything> {
  return Object.fromEntries(apiNames.map((name) => [name, makeAnything()]));
}

/** A minimal extension context: a subscriptions array and stand-ins for the rest. */
export function fakeExtensionContext(): { subscriptions: { dispose(): void }[] } & Record<string, unknown> {
  return { subscriptions: [], extensionUri: makeAnything(), globalState: makeAnything(), workspaceState: makeAnything() };
}
