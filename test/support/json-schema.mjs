// A small JSON Schema checker for Node tests, covering exactly the keywords
// schema/pith-v1.schema.json uses. It throws on any other keyword, so a schema
// change it cannot judge fails loudly instead of passing unchecked.

const IGNORED = new Set(['$schema', '$defs', 'title', 'description']);

/**
 * Returns `check(subschema, value, path)`, which lists what is wrong with
 * `value` (empty when it conforms); `$ref`s resolve against `schema.$defs`.
 * @param {Record<string, any>} schema
 * @returns {(s: Record<string, any>, value: unknown, path?: string) => string[]}
 */
export function schemaChecker(schema) {
  /** @type {Record<string, (s: any, v: any, path: string) => string[]>} */
  const checks = {
    $ref: (s, v, path) => check(resolveRef(s.$ref), v, path),
    oneOf: (s, v, path) => {
      const passing = s.oneOf.filter((branch) => check(branch, v, path).length === 0).length;
      return passing === 1 ? [] : [`${path}: matches ${passing} of oneOf`];
    },
    type: (s, v, path) => (typeMatches(s.type, v) ? [] : [`${path}: expected ${s.type}`]),
    const: (s, v, path) => (v === s.const ? [] : [`${path}: expected ${JSON.stringify(s.const)}`]),
    required: (s, v, path) =>
      isObject(v) ? s.required.filter((k) => !(k in v)).map((k) => `${path}.${k}: missing`) : [],
    properties: (s, v, path) =>
      isObject(v)
        ? Object.entries(s.properties).flatMap(([k, sub]) =>
            k in v ? check(sub, v[k], `${path}.${k}`) : [],
          )
        : [],
    items: (s, v, path) =>
      Array.isArray(v) ? v.flatMap((item, i) => check(s.items, item, `${path}[${i}]`)) : [],
    minimum: (s, v, path) =>
      typeof v !== 'number' || v >= s.minimum ? [] : [`${path}: too small`],
    exclusiveMinimum: (s, v, path) =>
      typeof v !== 'number' || v > s.exclusiveMinimum ? [] : [`${path}: too small`],
    minLength: (s, v, path) =>
      typeof v !== 'string' || [...v].length >= s.minLength ? [] : [`${path}: too short`],
    maxLength: (s, v, path) =>
      typeof v !== 'string' || [...v].length <= s.maxLength ? [] : [`${path}: too long`],
    pattern: (s, v, path) =>
      typeof v !== 'string' || new RegExp(s.pattern, 'u').test(v) ? [] : [`${path}: bad pattern`],
  };

  /** @param {Record<string, any>} s @param {unknown} value @param {string} [path] */
  function check(s, value, path = '$') {
    return Object.keys(s).flatMap((keyword) => {
      if (IGNORED.has(keyword)) return [];
      if (!checks[keyword]) throw new Error(`schema checker does not know "${keyword}"`);
      return checks[keyword](s, value, path);
    });
  }

  /** @param {string} ref */
  function resolveRef(ref) {
    const name = /^#\/\$defs\/(\w+)$/.exec(ref)?.[1];
    if (!name || !schema.$defs?.[name]) throw new Error(`unresolvable $ref ${ref}`);
    return schema.$defs[name];
  }

  return check;
}

/** @param {unknown} v @returns {v is Record<string, unknown>} */
function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** @param {string} type @param {unknown} v */
function typeMatches(type, v) {
  if (type === 'object') return isObject(v);
  if (type === 'array') return Array.isArray(v);
  if (type === 'integer') return Number.isInteger(v);
  if (type === 'number') return typeof v === 'number' && Number.isFinite(v);
  return typeof v === type;
}
