// Just enough of source map v3 to name a position in the minified bundle: the original file,
// line and (when the map records one) the original identifier there.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((ch, i) => [ch, i]));

/** Decodes one segment's base64 VLQ fields. */
function decodeSegment(text) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = DIGIT.get(ch);
    if (digit === undefined) throw new Error(`bad source map character ${ch}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

/**
 * Parses a source map into per-line segment lists.
 * @param {{ sources: string[], names?: string[], mappings: string }} map
 */
export function parseSourceMap(map) {
  const lines = [];
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  for (const text of map.mappings.split(';')) {
    const segments = [];
    let generated = 0;
    for (const part of text.split(',')) {
      if (!part) continue;
      const f = decodeSegment(part);
      generated += f[0];
      if (f.length < 4) continue;
      source += f[1];
      line += f[2];
      column += f[3];
      if (f.length > 4) name += f[4];
      segments.push({ generated, source, line, column, name: f.length > 4 ? name : -1 });
    }
    lines.push(segments);
  }
  return {
    /**
     * How many characters of the generated code each original source accounts for: each
     * mapped segment owns the characters up to the next one on its line.
     * @param {string} code the generated file
     */
    bytesBySource(code) {
      const totals = new Map();
      code.split('\n').forEach((text, i) => {
        const segments = lines[i] ?? [];
        segments.forEach((segment, j) => {
          const end = segments[j + 1]?.generated ?? text.length;
          const source = map.sources[segment.source];
          totals.set(source, (totals.get(source) ?? 0) + (end - segment.generated));
        });
      });
      return totals;
    },
    /** The original position of a 0-based generated line and column, or undefined. */
    lookup(genLine, genColumn) {
      const segments = lines[genLine];
      if (!segments?.length) return undefined;
      let low = 0;
      let high = segments.length - 1;
      let found = -1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (segments[mid].generated <= genColumn) {
          found = mid;
          low = mid + 1;
        } else high = mid - 1;
      }
      if (found < 0) return undefined;
      const s = segments[found];
      return {
        source: map.sources[s.source],
        line: s.line + 1,
        name: s.name >= 0 ? map.names?.[s.name] : undefined,
      };
    },
  };
}
