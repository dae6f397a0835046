/**
 * Shapes custom-elements.json (written by `npm run analyze`) for Storybook's controls and API
 * tables: only public members, and each attribute folded into the property it sets, so a
 * control sets the property the story renders with and the table still names the attribute.
 */

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  description?: string;
}

interface Attribute {
  name: string;
  fieldName?: string;
}

interface Declaration {
  kind: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: Attribute[];
}

interface Manifest {
  modules: Array<{ declarations?: Declaration[] }>;
}

export function forStorybook<T>(manifest: T): T {
  const copy = structuredClone(manifest) as unknown as Manifest;
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    if (declaration.kind === 'class' && declaration.customElement) tidy(declaration);
  }
  return copy as unknown as T;
}

function tidy(declaration: Declaration) {
  const members = (declaration.members ?? []).filter(
    (member) => !member.static && (member.privacy ?? 'public') === 'public',
  );
  const attributes = declaration.attributes ?? [];
  for (const attribute of attributes) {
    const member = members.find((m) => m.name === attribute.fieldName);
    if (member && attribute.name !== member.name) {
      const note = `Attribute: \`${attribute.name}\`.`;
      member.description = member.description ? `${member.description} ${note}` : note;
    }
  }
  declaration.members = members;
  declaration.attributes = attributes.filter(
    (attribute) => !members.some((m) => m.name === attribute.fieldName),
  );
}
