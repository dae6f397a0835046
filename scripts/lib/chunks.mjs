// Which chunks of a build a page loads up front and which only on demand.

/**
 * Splits a build's chunks (rollup's output chunks, one entry) into the core, the entry chunk
 * and every chunk it imports statically, transitively, which a browser fetches before the
 * entry runs, and the lazy chunks, which only a dynamic `import()` reaches.
 *
 * @template {{ fileName: string, isEntry: boolean, imports: string[] }} Chunk
 * @param {Chunk[]} chunks
 * @returns {{ entry: Chunk, core: Chunk[], lazy: Chunk[] }}
 */
export function splitChunks(chunks) {
  const entries = chunks.filter((chunk) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk, got ${entries.length}`);
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const core = new Set();
  const visit = (chunk) => {
    if (!chunk || core.has(chunk)) return;
    core.add(chunk);
    // External static imports have no chunk here.
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(entries[0]);
  const lazy = chunks.filter((chunk) => !core.has(chunk));
  return { entry: entries[0], core: [...core], lazy };
}
