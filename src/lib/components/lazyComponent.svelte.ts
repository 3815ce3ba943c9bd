import type { Component } from 'svelte';

/**
 * A component loaded when first wanted (the reader reaches for what shows
 * it), so its code stays out of the page's first download, which the JS
 * budget counts. A page that shows it from its first paint (and without
 * JavaScript) passes it in instead.
 */
export class LazyComponent<T extends Component<any>> {
  current = $state.raw<T | null>(null);
  #loading: Promise<void> | null = null;
  readonly #load: () => Promise<{ default: T }>;

  constructor(load: () => Promise<{ default: T }>, eager: T | null = null) {
    this.#load = load;
    this.current = eager;
  }

  /** Starts loading the component, once; resolves when it is there. */
  load = (): Promise<void> => {
    if (this.current) return Promise.resolve();
    this.#loading ??= this.#load().then((module) => {
      this.current = module.default;
    });
    return this.#loading;
  };
}
