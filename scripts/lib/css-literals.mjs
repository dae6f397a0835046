// Minifies the CSS inside Lit's css`…` tagged templates at build time, with esbuild's CSS
// minifier: the indentation, comments and spaces of every stylesheet in src/ would otherwise
// ship in the bundle as they are written. Values are left as written.
//
// A template's `${…}` interpolations cannot go through the minifier as they are. Each is
// replaced by a placeholder that is valid CSS where it stands (a custom property in a list of
// declarations, an at-rule among rules, an identifier anywhere else), the text is minified,
// and the placeholders are turned back into the interpolations. A template is left as written,
// with a warning, when esbuild reports anything or a placeholder did not come back exactly
// once and in order.
import { transform } from 'esbuild';
import { splice } from './splice.mjs';

/** The modules Lit's `css` tag can be imported from. */
const LIT_SOURCES = /^(?:lit|lit-element|@lit\/reactive-element)(?:\/[\w./-]*)?$/;

// At-rules whose block holds rules; every other block holds declarations.
const RULE_BLOCKS = /^@(?:media|supports|container|layer|scope|document|starting-style|keyframes)/;

/**
 * What a placeholder must look like between the static parts `before` and `after`, by the
 * place the interpolation takes in the stylesheet.
 */
function contextAt(before, after) {
  const state = scan(before);
  // esbuild may change a string's quotes, which an interpolated quote would then close.
  if (state.inString) return 'string';
  if (state.inComment || state.parens > 0) return 'identifier';
  if (state.statement.trim() !== '') return 'identifier';
  const next = after.replace(/^(?:\s|\/\*[\s\S]*?\*\/)+/, '');
  const ends = next === '' || next[0] === ';' || next[0] === '}';
  if (state.blocks.at(-1) === 'declarations') return ends ? 'declaration' : 'identifier';
  // Among rules, an interpolation alone on its line stands for rules of its own.
  const alone = ends || /^\s*(?:\/\*[\s\S]*?\*\/\s*)*\n/.test(after);
  return alone ? 'rule' : 'identifier';
}

/** Where the end of `text` stands: in a comment or string, in parentheses, in which block. */
function scan(text) {
  const state = { inComment: false, inString: '', parens: 0, blocks: ['rules'], statement: '' };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (state.inComment) {
      if (char === '*' && text[i + 1] === '/') [state.inComment, i] = [false, i + 1];
    } else if (state.inString) {
      if (char === '\\') i += 1;
      else if (char === state.inString) state.inString = '';
      state.statement += char;
    } else if (char === '/' && text[i + 1] === '*') {
      [state.inComment, i] = [true, i + 1];
    } else {
      step(state, char);
    }
  }
  return state;
}

function step(state, char) {
  if (char === '"' || char === "'") state.inString = char;
  if (char === '(') state.parens += 1;
  if (char === ')') state.parens = Math.max(0, state.parens - 1);
  if (state.parens > 0 || !'{};'.includes(char)) {
    state.statement += char;
    return;
  }
  if (char === '{') {
    const prelude = state.statement.trim();
    state.blocks.push(RULE_BLOCKS.test(prelude) ? 'rules' : 'declarations');
  }
  if (char === '}' && state.blocks.length > 1) state.blocks.pop();
  state.statement = '';
}

/** A marker that appears nowhere in `text`: each placeholder is `<marker><n>-`. */
function markerFor(text) {
  let n = 0;
  while (text.includes(`x-lit${n}-`)) n += 1;
  return `x-lit${n}-`;
}

/**
 * The placeholder put in the stylesheet for interpolation `name`. An at-rule placeholder ends
 * with the `;` a statement needs, unless the template has one there already; esbuild may drop
 * it before a closing brace or at the end.
 */
function placeholder(context, name, after) {
  if (context === 'declaration') return { put: `--${name}:0`, find: `--${name}:0`, tail: '' };
  if (context === 'rule') {
    const tail = /^\s*;/.test(after) ? '' : ';';
    return { put: `@${name}${tail}`, find: `@${name}`, tail };
  }
  return { put: name, find: name, tail: '' };
}

/** The stylesheet with a placeholder for each interpolation, and those placeholders. */
function withPlaceholders(strings) {
  const marker = markerFor(strings.join(''));
  const holders = [];
  let text = strings[0];
  for (const [i, after] of strings.slice(1).entries()) {
    const context = contextAt(text, after);
    if (context === 'string') return { reason: `interpolation ${i + 1} is inside a string` };
    const holder = placeholder(context, `${marker}${i}-`, after);
    holders.push({ ...holder, name: `${marker}${i}-` });
    text += holder.put + after;
  }
  return { text, holders, marker };
}

/** Splits minified `code` at the placeholders, or says why it cannot. */
function splitAt(code, holders, marker) {
  const parts = [];
  let from = 0;
  for (const [i, { find, tail, name }] of holders.entries()) {
    const at = code.indexOf(find, from);
    if (at < 0 || code.split(name).length !== 2) {
      return { reason: `interpolation ${i + 1} did not come back exactly once, in order` };
    }
    parts.push(code.slice(from, at));
    from = at + find.length;
    if (tail && code.startsWith(tail, from)) from += tail.length;
  }
  parts.push(code.slice(from));
  if (parts.some((part) => part.includes(marker))) return { reason: 'a placeholder was altered' };
  return { strings: parts };
}

/**
 * Minifies the CSS of one template whose static parts are `strings` (as the tag receives them,
 * escapes resolved) and returns the new static parts, one per part given, or the reason it
 * could not. Interpolations keep their order and their place in the stylesheet.
 *
 * @param {readonly string[]} strings
 * @returns {Promise<{ strings: string[] } | { reason: string }>}
 */
export async function minifyTemplate(strings) {
  const prepared = withPlaceholders(strings);
  if (prepared.reason) return prepared;
  const { text, holders, marker } = prepared;
  // Whitespace and comments only: esbuild's syntax minification saved 17 bytes gzip over the
  // whole core and rewrites values (rgb(0 0 0 / 0.55) becomes #0000008c, alpha 140/255), so
  // the computed styles would no longer be provably the same.
  const options = { loader: 'css', minifyWhitespace: true };
  const result = await transform(text, options).catch((error) => ({
    failure: error.errors?.[0]?.text ?? String(error),
  }));
  if (result.failure) return { reason: `esbuild: ${result.failure}` };
  if (result.warnings.length) return { reason: `esbuild: ${result.warnings[0].text}` };
  return splitAt(result.code.trim(), holders, marker);
}

/** `text` as the raw text of a template literal whose cooked value is `text`. */
function escapeRaw(text) {
  return text.replace(/\\|`|\$\{/g, (match) => `\\${match}`);
}

/** The local names `css` is imported under from Lit. */
function cssNames(ast) {
  const names = new Set();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_SOURCES.test(node.source.value)) continue;
    for (const s of node.specifiers) {
      if (s.type === 'ImportSpecifier' && s.imported.name === 'css') names.add(s.local.name);
    }
  }
  return names;
}

/** Every css`…` template in `ast`, nested ones included. */
function cssTemplates(ast) {
  const names = cssNames(ast);
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    const tag = node.type === 'TaggedTemplateExpression' && node.tag;
    if (tag?.type === 'Identifier' && names.has(tag.name)) found.push(node.quasi);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  if (names.size) visit(ast);
  return found;
}

/**
 * A rollup plugin that minifies the CSS of Lit css`…` templates in the modules `include`
 * matches. Put it after the TypeScript transform: it parses JavaScript.
 *
 * @param {{ include?: RegExp }} [options]
 */
export function litCssMinify({ include = /\/src\/.*\.[cm]?[jt]s$/ } = {}) {
  return {
    name: 'lit-css-minify',
    async transform(code, id) {
      if (!include.test(id) || id.includes('/node_modules/') || !/\bcss\b/.test(code)) return null;
      const edits = [];
      for (const quasi of cssTemplates(this.parse(code))) {
        const strings = quasi.quasis.map((q) => q.value.cooked);
        if (strings.some((s) => typeof s !== 'string')) continue;
        const result = await minifyTemplate(strings);
        if (result.reason) {
          this.warn({ message: `css\`…\` left as written in ${id}: ${result.reason}`, id });
          continue;
        }
        quasi.quasis.forEach((q, i) => {
          edits.push({ start: q.start, end: q.end, text: escapeRaw(result.strings[i]) });
        });
      }
      return edits.length ? splice(code, edits, id) : null;
    },
  };
}
