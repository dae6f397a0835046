// Firefox keeps a module URL that failed to download as failed for the page's life: a later
// `import()` of it rejects at once, without a request. Asking again must therefore ask for the
// chunk under a URL the browser has not failed on. The bundler renames chunks, so that URL is
// learned from the failure itself, which both engines end with the chunk's URL:
// "Failed to fetch dynamically imported module: <url>" (Chromium),
// "error loading dynamically imported module: <url>" (Firefox).
const NAMED = / dynamically imported module: (https?:\/\/[^\s?#]+\.js)(?![^\s?#])/;

// One counter for every chunk, so no two retries share a URL.
let retries = 0;

/** The chunk a failed import names, if it is a script beside this module's origin. */
function namedChunk(error: unknown): string | undefined {
  const url = NAMED.exec(String(error))?.[1];
  return url?.startsWith(`${new URL(import.meta.url).origin}/`) ? url : undefined;
}

/**
 * Wraps the loader of a chunk loaded on first use, `() => import('./x.js')`, so that asking
 * again after a failed download downloads it again, in every browser. The first attempt runs
 * `load`. After a failure naming a script on this module's origin, the next attempt imports that
 * URL with `?retry=N`; after any other failure it runs `load` again. Callers asking while an
 * attempt is on its way share it; once one succeeds, its module is the answer for good.
 *
 * `name` is an export the module has: a retried chunk without it is not the module asked for
 * (see below), and the attempt fails with the error before it. So is a module the bundler put in
 * a chunk it shares with other modules (rollup then reads the module from one of the chunk's
 * exports): wrap only loaders of modules that are a chunk of their own.
 *
 * @internal
 */
export function chunkImport<T>(load: () => Promise<T>, name: keyof T): () => Promise<T> {
  let pending: Promise<T> | undefined;
  let failure: unknown;

  const attempt = async (): Promise<T> => {
    const url = namedChunk(failure);
    if (!url) return load();
    // A new URL is a new module instance, not the page's copy of the chunk; the failed copy never
    // ran, so nothing of it is left to share. What the chunk imports keeps its own URL and is
    // shared as before.
    // An app's bundler must leave this import alone (it names a URL only known at run time):
    // the comments tell webpack and Vite so, and the build keeps them.
    const retry = `${url}?retry=${++retries}`;
    const module = (await import(/* webpackIgnore: true */ /* @vite-ignore */ retry)) as T;
    // Firefox names a failed static import of the chunk rather than the chunk itself. That URL
    // stays failed, the chunk with it, until the page is reloaded: there is nothing to retry.
    if (name in (module as object)) return module;
    throw failure;
  };

  return () =>
    (pending ??= attempt().catch((error: unknown) => {
      pending = undefined;
      failure = error;
      throw error;
    }));
}
