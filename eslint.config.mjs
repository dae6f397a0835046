// ESLint for the whole repository: type-aware TypeScript rules and the Lit, Lit a11y and web
// component plugins on the TypeScript sources; the plain JavaScript rules on the Node scripts,
// the benchmark and its in-page scripts, the command-line tool and the test helpers. Formatting
// is Prettier's job (`npm run format`), so rules that only concern layout are switched off last.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const typeScript = ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', '.storybook/*.ts'];
const javaScript = ['**/*.js', '**/*.mjs', '**/*.cjs'];

export default defineConfig(
  globalIgnores([
    'dist/',
    'storybook-static/',
    'bench-results/',
    'coverage/',
    'demo/data/',
    'demo/lab/',
    'test/fixtures/',
  ]),

  js.configs.recommended,

  {
    files: typeScript,
    extends: [
      tseslint.configs.recommendedTypeChecked,
      lit.configs['flat/recommended'],
      litA11y.configs.recommended,
      wc.configs['flat/recommended'],
    ],
    languageOptions: {
      // Each file is checked against the tsconfig.json nearest to it: the root one for src/,
      // test/ and stories/, .storybook/tsconfig.json (Node types) for the Storybook settings.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `interface HTMLElementEventMap extends PithEventMap {}` and the JSX and Vue maps: an
      // empty interface that extends one other is how a global or module type is augmented.
      '@typescript-eslint/no-empty-object-type': [
        'error',
        { allowInterfaces: 'with-single-extends' },
      ],
      // React's JSX types live in a namespace, which only `declare module` can augment.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // An aborted wait rejects with its signal's `reason`, and a caught error is passed on as
      // caught: both are whatever their source chose. Rejecting with a literal is still caught.
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
    },
  },

  {
    files: ['src/**/*.ts'],
    rules: {
      // Lit calls a template's `@event=${this.method}` listener with the element as `this`, and
      // those bindings are the only unbound methods src/ hands out.
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  {
    files: ['test/**/*.ts'],
    rules: {
      // Chai's property assertions (`.to.exist`, `.to.be.true`) are expressions by design, and
      // its proxy throws on a misspelt one, so none is silently a no-op.
      '@typescript-eslint/no-unused-expressions': 'off',
      // @open-wc/semantic-dom-diff types every chai `equal` as returning a promise, though only
      // its `dom`/`lightDom`/`shadowDom` comparisons are asynchronous; the plain ones are
      // allowed here, and the rule below still demands `await` on the DOM-diff ones.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: 'Equal' }] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ExpressionStatement > CallExpression > MemberExpression.callee ' +
            'MemberExpression[property.name=/^(dom|lightDom|shadowDom)$/]',
          message: 'DOM-diff assertions are asynchronous: await them.',
        },
      ],
    },
  },

  {
    files: javaScript,
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node },
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // Pages the benchmark loads in the browser, Node code that hands functions to
    // `page.evaluate` (they run in the page), and bin/lib, which runs in both.
    files: [
      'bench/**/*.js',
      'bench/**/*.mjs',
      'scripts/*.mjs',
      'bin/lib/*.js',
      'test/bundle/*.mjs',
    ],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },

  prettier,
);
