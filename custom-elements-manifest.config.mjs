// Settings of `npm run analyze`, which writes custom-elements.json for Storybook's controls and
// API tables (and for editors and other tools that read the manifest).

/**
 * The element classes register nothing themselves; src/define.ts pairs each tag with its class
 * in one `[tag, Class]` table. The analyzer only links a class to a tag through a
 * `customElements.define('tag', Class)` call or a `@tagname` JSDoc tag, so this plugin reads
 * that table and records each pair as a custom-element definition of src/define.ts.
 */
function defineTablePlugin() {
  return {
    name: 'pith-define-table',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!moduleDoc.path.endsWith('src/define.ts')) return;
      if (!ts.isArrayLiteralExpression(node) || node.elements.length !== 2) return;

      const [tag, klass] = node.elements;
      if (!ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const module = importedFrom(ts, node.getSourceFile(), klass.text);
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: klass.text, ...(module ? { module } : {}) },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the order the file system returns them, which differs
      // between checkouts; sorted, the manifest is the same everywhere and CI can diff it.
      customElementsManifest.modules.sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
      const classes = new Set(
        customElementsManifest.modules.flatMap((moduleDoc) =>
          (moduleDoc.declarations ?? []).filter((d) => d.kind === 'class').map((d) => d.name),
        ),
      );
      for (const moduleDoc of customElementsManifest.modules) {
        // defineElements() calls `customElements.define(tag, element)` with variables, which the
        // analyzer records as a tag named "tag" for a class named "element"; the table above
        // holds the real pairs.
        moduleDoc.exports = moduleDoc.exports?.filter(
          (entry) =>
            entry.kind !== 'custom-element-definition' || classes.has(entry.declaration.name),
        );
        for (const declaration of moduleDoc.declarations ?? []) {
          if (!declaration.customElement) continue;
          // Lit's static settings are not part of an element's API; as fields they would show up
          // as controls.
          declaration.members = declaration.members?.filter(
            (member) => !(member.static && LIT_STATICS.has(member.name)),
          );
        }
      }
    },
  };
}

const LIT_STATICS = new Set(['styles', 'shadowRootOptions', 'properties']);

// The module an identifier is imported from, as a path from the repository root with `.ts`.
function importedFrom(ts, sourceFile, name) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const named = statement.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named)) continue;
    if (!named.elements.some((element) => element.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    return `src/${specifier.replace(/^\.\//, '').replace(/\.js$/, '.ts')}`;
  }
  return undefined;
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // Leave package.json alone: whether it names the manifest is the package's own decision.
  packagejson: false,
  plugins: [defineTablePlugin()],
};
