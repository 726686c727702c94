/** Anything that holds a resource until it is told to let go: VS Code's `Disposable` and the project's own. */
export interface Releasable {
  dispose(): void;
}

/** Disposes every item even when one throws, so one faulty listener never leaks the rest; rethrows what was thrown. */
export function disposeAll(items: Iterable<Releasable>): void {
  const errors: unknown[] = [];
  for (const item of items) {
    try {
      item.dispose();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, 'Several resources failed to dispose');
}

/**
 * The base of every class-based adapter: what it registers is released with it, once, in registration order,
 * and anything registered after disposal is released at once instead of leaking.
 */
export abstract class Disposable implements Releasable {
  #disposed = false;
  readonly #owned: Releasable[] = [];

  /** Takes ownership of a resource (listener, emitter, watcher, collection) and returns it. */
  protected _register<T extends Releasable>(item: T): T {
    if (this.#disposed) item.dispose();
    else this.#owned.push(item);
    return item;
  }

  /** True once `dispose` ran: late callbacks (a file read landing) check it before touching released resources. */
  protected get isDisposed(): boolean {
    return this.#disposed;
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    disposeAll(this.#owned.splice(0));
  }
}
