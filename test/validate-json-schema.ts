/**
 * A minimal JSON Schema validator for the subset src/doc/doc.schema.json uses: type, enum, properties,
 * required, additionalProperties, items, minimum, maximum, anyOf and local $ref (#/$defs/...). Any other
 * keyword throws, so the schema cannot silently rely on something this validator ignores.
 */

export type JsonSchema = { readonly [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs']);
const KEYWORDS = new Set(['type', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'minimum', 'maximum', 'anyOf', '$ref']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Problems of `value` against `schema` («$.quotes[0].kind: "x" is not one of direct, ...»); empty when valid. */
export function validateJsonSchema(root: JsonSchema, value: unknown): string[] {
  const problems: string[] = [];
  const resolve = (ref: string): JsonSchema => {
    const m = /^#\/\$defs\/([\w-]+)$/.exec(ref);
    const defs = root['$defs'] as Record<string, JsonSchema> | undefined;
    const target = m ? defs?.[m[1]!] : undefined;
    if (!target) throw new Error(`unsupported or missing $ref ${ref}`);
    return target;
  };
  const check = (schema: JsonSchema, v: unknown, path: string, out: string[]): void => {
    for (const key of Object.keys(schema)) {
      if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key)) throw new Error(`schema keyword "${key}" at ${path} is not supported`);
    }
    if (typeof schema['$ref'] === 'string') check(resolve(schema['$ref']), v, path, out);
    if (schema['type'] !== undefined) {
      const types = Array.isArray(schema['type']) ? (schema['type'] as string[]) : [schema['type'] as string];
      if (!types.some((t) => matchesType(v, t))) {
        out.push(`${path}: expected ${types.join(' or ')}, got ${typeOf(v)}`);
        return;
      }
    }
    if (Array.isArray(schema['enum']) && !(schema['enum'] as unknown[]).includes(v)) {
      out.push(`${path}: ${JSON.stringify(v)} is not one of ${(schema['enum'] as unknown[]).join(', ')}`);
    }
    if (typeof v === 'number') {
      if (typeof schema['minimum'] === 'number' && v < schema['minimum']) out.push(`${path}: ${v} < minimum ${schema['minimum']}`);
      if (typeof schema['maximum'] === 'number' && v > schema['maximum']) out.push(`${path}: ${v} > maximum ${schema['maximum']}`);
    }
    if (Array.isArray(schema['anyOf'])) {
      const branches = schema['anyOf'] as JsonSchema[];
      const ok = branches.some((b) => {
        const sub: string[] = [];
        check(b, v, path, sub);
        return sub.length === 0;
      });
      if (!ok) out.push(`${path}: matches none of the ${branches.length} anyOf branches`);
    }
    if (typeOf(v) === 'object') {
      const obj = v as Record<string, unknown>;
      const props = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
      for (const r of (schema['required'] ?? []) as string[]) if (!(r in obj)) out.push(`${path}: missing required "${r}"`);
      for (const [k, child] of Object.entries(obj)) {
        if (props[k]) check(props[k], child, `${path}.${k}`, out);
        else if (schema['additionalProperties'] === false) out.push(`${path}: unexpected property "${k}"`);
        else if (typeof schema['additionalProperties'] === 'object') check(schema['additionalProperties'] as JsonSchema, child, `${path}.${k}`, out);
      }
    }
    if (Array.isArray(v) && schema['items'] !== undefined) {
      v.forEach((item, i) => check(schema['items'] as JsonSchema, item, `${path}[${i}]`, out));
    }
  };
  check(root, value, '$', problems);
  return problems;
}
