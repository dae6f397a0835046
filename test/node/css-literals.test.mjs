// The build's minification of Lit css`…` templates (scripts/lib/css-literals.mjs): the
// minified stylesheet must hold the same rules as the written one, interpolations included,
// and a template it cannot minify safely must stay as written, with a warning.
// Run with `node --test test/node/`.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { parseAst } from 'rollup/parseAst';
import { litCssMinify, minifyTemplate } from '../../scripts/lib/css-literals.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** esbuild's readable print of a stylesheet: the same rules print the same. */
async function pretty(css) {
  const { code, warnings } = await transform(css, { loader: 'css' });
  assert.deepEqual(warnings, [], `esbuild warned on:\n${css}`);
  // One space stands for any run of whitespace in CSS, also inside custom properties.
  return code.replace(/[ \t]+/g, ' ');
}

/** What the tag builds from `strings` and `values`. */
const join_ = (strings, values) => strings.reduce((css, part, i) => css + values[i - 1] + part);

/** Asserts that minifying `strings` keeps the rules the stylesheet holds with `values` in it. */
async function assertSameRules(strings, values) {
  const result = await minifyTemplate(strings);
  assert.ok(result.strings, `not minified: ${result.reason}`);
  assert.equal(result.strings.length, strings.length);
  const before = join_(strings, values);
  const after = join_(result.strings, values);
  assert.ok(after.length < before.length, 'nothing was removed');
  assert.equal(await pretty(after), await pretty(before));
  return after;
}

/** The static parts of a template literal, as a tag receives them. */
const parts = (strings) => [...strings];

describe('minifyTemplate', () => {
  it('keeps declaration blocks given by interpolations, in :host, @media and :host()', async () => {
    const strings = parts`
      :host {
        ${0};
        color-scheme: light;
      }
      /* A comment between rules. */
      @media (prefers-color-scheme: dark) {
        :host(:not([theme='light'])) {
          ${1};
          color-scheme: dark;
        }
      }
      :host([density='compact']) {
        ${2}
      }
    `;
    const blocks = ['--_a: var(--a, 1px);\n--_b: red;', '--_a: 2px;', '--_gap: 0.5em;'];
    const after = await assertSameRules(strings, blocks);
    assert.match(after, /^:host\{--_a: var\(--a, 1px\);\n--_b: red;;color-scheme:light\}/);
  });

  it('keeps values, selectors, ::part and custom properties with fallbacks', async () => {
    const strings = parts`
      [part~='base']::part(${0}) , .x > ${1} {
        padding: var(--pith-card-padding, var(--_space-m) var(--_space-l));
        width: ${2}px;
        margin: calc(${3} * 1em) 0 0 0;
        color: white;
        background: rgb(0 0 0 / 0.55);
        content: '\\2022  ';
      }
      ::backdrop { --x: { a }; }
    `;
    await assertSameRules(strings, ['title', 'span', '12', '0.5']);
  });

  it('keeps rules given by an interpolation, @container, @keyframes and :dir()', async () => {
    const strings = parts`
      ${0}
      @container pith-card (min-width: 36em) {
        .body:has(> [part~='figure']) { grid-template-columns: minmax(0, 1fr) auto; }
      }
      :host([open]) .chevron:dir(rtl) { transform: rotate(-90deg); }
      @keyframes reveal {
        from { opacity: 0; transform: translateY(-0.25em); }
      }
      ${1}
    `;
    await assertSameRules(strings, ['.a { color: red }', '@media print { .b { display: none } }']);
  });

  it('gives up when an interpolation sits in a comment or a string', async () => {
    const comment = await minifyTemplate(parts`a { color: red; } /* ${0} */`);
    assert.match(comment.reason ?? '', /interpolation 1 did not come back/);
    const string = await minifyTemplate(parts`a { color: ${0}; } b::after { content: '${1}'; }`);
    assert.match(string.reason ?? '', /interpolation 2 is inside a string/);
  });

  it('gives up on CSS esbuild reports a problem in', async () => {
    assert.match((await minifyTemplate(parts`color: red;`)).reason ?? '', /^esbuild: /);
    assert.match((await minifyTemplate(parts`a { color: red; `)).reason ?? '', /^esbuild: /);
  });
});

/** Runs the plugin on the JavaScript esbuild makes of a TypeScript module. */
async function runPlugin(ts, id) {
  const { code } = await transform(ts, { loader: 'ts', target: 'es2022' });
  const warnings = [];
  const context = { parse: (text) => parseAst(text), warn: (w) => warnings.push(w) };
  const result = await litCssMinify().transform.call(context, code, id);
  return { code, result, warnings };
}

/** Every css`…` template in `code`: its static parts and the source of each interpolation. */
function templates(code) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.name === 'css') {
      const { quasis, expressions } = node.quasi;
      const values = expressions.map((e) => code.slice(e.start, e.end));
      found.push({ strings: quasis.map((q) => q.value.cooked), values });
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  return found;
}

async function styleFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.ts'));
  const paths = files.map((e) => join(e.parentPath ?? e.path, e.name));
  const withCss = [];
  for (const path of paths) if ((await readFile(path, 'utf8')).includes('css`')) withCss.push(path);
  return withCss;
}

// Stands in for a CSSResult in each place an interpolation may take.
const SAMPLE = '--_sample: var(--sample, 1px)';

describe('litCssMinify on the library', () => {
  it('minifies every css`…` template in src/ to the same rules', async () => {
    const files = await styleFiles(join(root, 'src'));
    assert.ok(files.length >= 5, 'found the stylesheets');
    for (const file of files) {
      const { code, result, warnings } = await runPlugin(await readFile(file, 'utf8'), file);
      assert.deepEqual(warnings, [], file);
      const [before, after] = [templates(code), templates(result?.code ?? code)];
      assert.equal(after.length, before.length, file);
      for (const [i, template] of before.entries()) {
        assert.deepEqual(after[i].values, template.values, `${file}: interpolations`);
        const samples = template.values.map(() => SAMPLE);
        const [was, is] = [join_(template.strings, samples), join_(after[i].strings, samples)];
        assert.equal(await pretty(is), await pretty(was), `${file}, template ${i + 1}`);
      }
    }
  });

  it('leaves a template it cannot minify as written and warns, naming the file', async () => {
    const ts = "import { css } from 'lit';\nexport const a = css`color: red;`;\n";
    const { result, warnings } = await runPlugin(ts, '/p/src/x/broken.styles.ts');
    assert.equal(result, null);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0].message, /\/p\/src\/x\/broken\.styles\.ts/);
  });

  it('writes escapes back so the tag receives the minified text', async () => {
    const ts = [
      "import { css as c } from 'lit';",
      "export const a = c`\n  a::before { content: '\\\\2022'; }\n`;",
    ].join('\n');
    const { result } = await runPlugin(ts, '/p/src/x/escapes.styles.ts');
    assert.ok(result, 'minified');
    assert.deepEqual(templates(result.code.replace(/\bc`/, 'css`'))[0].strings, [
      'a::before{content:"\\2022"}',
    ]);
  });

  it('maps code after a template to where it was written', async () => {
    const ts = [
      "import { css } from 'lit';",
      'const a = css`\n  a {\n    color: red;\n  }\n`;',
      'export const marker = a;',
    ].join('\n');
    const { code, result } = await runPlugin(ts, '/p/src/x/map.styles.ts');
    const at = (text) => {
      const index = text.indexOf('marker');
      const lines = text.slice(0, index).split('\n');
      return { line: lines.length - 1, column: lines.at(-1).length };
    };
    const generated = at(result.code);
    assert.deepEqual(originalOf(result.map.mappings, generated), at(code));
  });
});

/** The original position of a generated one, from a map's `mappings` (one source). */
function originalOf(mappings, { line, column }) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const state = [0, 0, 0, 0];
  let found = null;
  mappings.split(';').forEach((segments, lineIndex) => {
    state[0] = 0;
    for (const segment of segments ? segments.split(',') : []) {
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = digits.indexOf(char);
        value += (digit & 31) << shift;
        shift += 5;
        if (digit & 32) continue;
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        [value, shift] = [0, 0];
      }
      fields.forEach((delta, i) => (state[i] += delta));
      if (lineIndex === line && state[0] === column) found = { line: state[2], column: state[3] };
    }
  });
  return found;
}
