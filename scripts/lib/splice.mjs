// Replaces ranges of a module's code and describes the result with a source map, so a build
// step that rewrites a few ranges keeps the mappings of everything else exact.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One number in a source map's base64 variable-length quantity encoding. */
function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/** Collects mappings line by line, each field relative to the previous one as the format asks. */
class Mappings {
  lines = [[]];
  previous = { column: 0, line: 0, sourceColumn: 0 };

  add(column, line, sourceColumn) {
    const p = this.previous;
    const segment = vlq(column - p.column) + 'A' + vlq(line - p.line);
    this.lines.at(-1).push(segment + vlq(sourceColumn - p.sourceColumn));
    this.previous = { column, line, sourceColumn };
  }

  newLine() {
    this.lines.push([]);
    this.previous.column = 0;
  }

  toString() {
    return this.lines.map((segments) => segments.join(',')).join(';');
  }
}

/**
 * Applies `edits` ({ start, end, text }, not overlapping) to `code` and returns the new code
 * with a source map back to `code`: every character outside the edits maps to itself, and each
 * replacement maps to the start of the range it replaced.
 *
 * @param {string} code
 * @param {{ start: number, end: number, text: string }[]} edits
 * @param {string} source the file name recorded in the map
 * @returns {{ code: string, map: object }}
 */
export function splice(code, edits, source) {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const mappings = new Mappings();
  const original = { line: 0, column: 0 };
  let out = '';
  let outColumn = 0;
  let at = 0;

  // Copied text maps character by character; a replacement maps only its first character.
  const emit = (text, copied) => {
    for (let i = 0; i < text.length; i += 1) {
      if (copied || i === 0) mappings.add(outColumn, original.line, original.column);
      out += text[i];
      outColumn += 1;
      if (copied) advance(text[i]);
      if (text[i] === '\n') {
        mappings.newLine();
        outColumn = 0;
      }
    }
  };
  const advance = (char) => {
    if (char === '\n') Object.assign(original, { line: original.line + 1, column: 0 });
    else original.column += 1;
  };

  for (const edit of sorted) {
    if (edit.start < at) throw new Error('splice: overlapping edits');
    emit(code.slice(at, edit.start), true);
    emit(edit.text, false);
    for (const char of code.slice(edit.start, edit.end)) advance(char);
    at = edit.end;
  }
  emit(code.slice(at), true);

  const map = { version: 3, sources: [source], names: [], mappings: mappings.toString() };
  return { code: out, map };
}
