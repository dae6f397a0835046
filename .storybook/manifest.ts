/**
 * Shapes custom-elements.json (written by `npm run analyze`) for Storybook's controls and API
 * tables: only public members; each attribute folded into the property it sets, so a control
 * sets the property the story renders with and the table still names the attribute; and optional
 * types without their `| undefined`, so Storybook picks a text or number control for them.
 * Storybook keys every row by its name alone, so parts and slots are renamed (`::part(abstract)`,
 * `(default slot)`) lest a part named like a property (`abstract`) replace that property's row.
 */

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  description?: string;
  type?: { text: string };
}

interface Attribute {
  name: string;
  fieldName?: string;
}

interface Named {
  name: string;
}

interface Declaration {
  kind: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: Attribute[];
  cssParts?: Named[];
  slots?: Named[];
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
  for (const member of members) {
    if (member.type) member.type = { text: member.type.text.replace(/\s*\|\s*undefined$/, '') };
  }
  declaration.members = members;
  for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
  for (const slot of declaration.slots ?? []) {
    slot.name = slot.name ? `slot "${slot.name}"` : '(default slot)';
  }
  declaration.attributes = attributes.filter(
    (attribute) => !members.some((m) => m.name === attribute.fieldName),
  );
}
