// A record schema compiled into a plain check, for bulk input: an import of ten
// years (36,500 check-ins) and a history of years of break records. `compileSchema`
// turns the schema's own rules (its type names, pipes and requirements, as valibot
// builds them) into plain checks, so there is no second copy of any rule. The
// compiled check only says yes (with the value valibot would give) or no; on no,
// valibot itself says what is wrong (core/validation.ts), so the problems are
// valibot's. A schema part it does not know (a transform, a default) makes it throw
// when first compiled, never guess. compiled-check.test.ts holds the two equal on tables and
// fuzzed input. Kept apart from validation.ts so the popup, which checks one
// check-in at a time, does not load it.
import type * as v from 'valibot';
import { type FieldOf, type FieldProblem, type RecordSchema, type Result, validateWithValibot } from './validation';

/**
 * A record's validator: `validateWithValibot`'s answers, with the accepted case
 * (nearly every record of a bulk read) decided by the schema's compiled check.
 * `schema` is the function that builds it (core/once.ts): the schema is built and
 * compiled on the first record checked, not when the module loads, so the worker
 * pays nothing for it on a wake that checks no record.
 */
export function recordValidator<S extends RecordSchema>(
  schema: () => S,
): (input: unknown) => Result<v.InferOutput<S>, FieldProblem<FieldOf<S>>> {
  let check: CompiledCheck | null = null;
  return (input) => {
    if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
      check ??= compileSchema(schema());
      const value = check(input);
      if (value !== REFUSED) return { ok: true, value: value as v.InferOutput<S> };
    }
    return validateWithValibot(schema(), input);
  };
}

// ---------------------------------------------------------------------------------
// The compiled check

/** What a compiled check returns when valibot would report any issue at all. */
export const REFUSED: unique symbol = Symbol('refused');
/** The value valibot would output (new objects and lists, as valibot builds them), or REFUSED. */
export type CompiledCheck = (input: unknown) => unknown;

// A schema or action as valibot builds it: plain objects with documented properties.
interface Node {
  kind: 'schema' | 'validation' | 'transformation' | 'metadata';
  type: string;
  pipe?: readonly Node[];
  entries?: Record<string, Node>;
  wrapped?: Node;
  item?: Node;
  options?: readonly unknown[];
  literal?: unknown;
  requirement?: unknown;
  default?: unknown;
  fallback?: unknown;
  async?: boolean;
}

const unsupported = (node: Node): never => {
  throw new Error(`compileSchema: valibot "${node.type}" (${node.kind}) is not supported; check it with valibot`);
};

/** Valibot's SameValueZero, as `literal` compares. */
const sameValueZero = (a: unknown, b: unknown) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** Turns a schema into a plain check that accepts exactly what valibot accepts. */
export function compileSchema(schema: v.GenericSchema): CompiledCheck {
  return compileNode(schema as unknown as Node);
}

function compileNode(node: Node): CompiledCheck {
  if (node.async || node.fallback !== undefined || node.default !== undefined) return unsupported(node);
  if (node.pipe) return compilePipe(node.pipe);
  switch (node.type) {
    case 'string':
      return (x) => (typeof x === 'string' ? x : REFUSED);
    case 'number':
      return (x) => (typeof x === 'number' && !Number.isNaN(x) ? x : REFUSED);
    case 'boolean':
      return (x) => (typeof x === 'boolean' ? x : REFUSED);
    case 'literal': {
      const literal = node.literal;
      return (x) => (sameValueZero(x, literal) ? x : REFUSED);
    }
    case 'picklist': {
      // Set.has compares as Array.includes does (SameValueZero).
      const options = new Set(node.options);
      return (x) => (options.has(x) ? x : REFUSED);
    }
    case 'optional': {
      const wrapped = compileNode(node.wrapped as Node);
      return (x) => (x === undefined ? x : wrapped(x));
    }
    case 'nullable': {
      const wrapped = compileNode(node.wrapped as Node);
      return (x) => (x === null ? x : wrapped(x));
    }
    case 'union': {
      const options = (node.options as Node[]).map(compileNode);
      return (x) => {
        for (const option of options) {
          const out = option(x);
          if (out !== REFUSED) return out;
        }
        return REFUSED;
      };
    }
    case 'array':
      return compileArray(compileNode(node.item as Node));
    case 'strict_object':
      return compileStrictObject(node.entries as Record<string, Node>);
    default:
      return unsupported(node);
  }
}

function compileArray(item: CompiledCheck): CompiledCheck {
  return (x) => {
    if (!Array.isArray(x)) return REFUSED;
    const out: unknown[] = [];
    // Holes read as undefined, as valibot reads them.
    for (let i = 0; i < x.length; i++) {
      const value = item(x[i]);
      if (value === REFUSED) return REFUSED;
      out.push(value);
    }
    return out;
  };
}

function compileStrictObject(entries: Record<string, Node>): CompiledCheck {
  const keys = Object.keys(entries);
  const known: ReadonlySet<string> = new Set(keys);
  const optional = keys.map((key) => {
    const { type } = entries[key] as Node;
    if (type === 'exact_optional' || type === 'nullish') unsupported(entries[key] as Node);
    return type === 'optional';
  });
  const checks = keys.map((key) => compileNode(entries[key] as Node));
  return (x) => {
    // As valibot: any object (a list too); a field is present when `key in x`, inherited or not.
    if (!x || typeof x !== 'object') return REFUSED;
    const input = x as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const raw = input[key];
      // One lookup for a field that is there; `in` only tells absent from undefined.
      if (raw !== undefined || key in input) {
        const value = (checks[i] as CompiledCheck)(raw);
        if (value === REFUSED) return REFUSED;
        out[key] = value;
      } else if (!optional[i]) return REFUSED;
    }
    for (const key in input) if (!known.has(key)) return REFUSED;
    return out;
  };
}

function compilePipe(pipe: readonly Node[]): CompiledCheck {
  const [base, ...rest] = pipe.filter((item) => item.kind !== 'metadata') as [Node, ...Node[]];
  const actions = rest.map((item) => (item.kind === 'validation' ? item : unsupported(item)));
  // The common pipes fused into one plain check each (one call per field, not one per rule).
  if (base.type === 'number' && !base.pipe && actions.every((a) => NUMBER_RULES.has(a.type)))
    return numberCheck(actions);
  if (base.type === 'string' && !base.pipe && actions.every((a) => STRING_RULES.has(a.type)))
    return stringCheck(actions);
  // Anything else: the schema, then each rule on its output, in order.
  const steps = [compileNode(base), ...actions.map(compileTest)];
  return (x) => {
    let value = x;
    for (const step of steps) {
      value = step(value);
      if (value === REFUSED) return REFUSED;
    }
    return value;
  };
}

const NUMBER_RULES = new Set(['integer', 'min_value', 'max_value']);
const STRING_RULES = new Set(['regex', 'min_length', 'max_length']);

/** `v.number()` with whole-number and bounds rules. */
function numberCheck(actions: readonly Node[]): CompiledCheck {
  const integer = actions.some((a) => a.type === 'integer');
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  for (const a of actions) {
    if (a.type !== 'integer' && typeof a.requirement !== 'number') unsupported(a);
    if (a.type === 'min_value') min = Math.max(min, a.requirement as number);
    if (a.type === 'max_value') max = Math.min(max, a.requirement as number);
  }
  // NaN fails every comparison, as it fails valibot's number().
  return (x) => (typeof x === 'number' && x >= min && x <= max && (!integer || Number.isInteger(x)) ? x : REFUSED);
}

/** `v.string()` with pattern and length rules. */
function stringCheck(actions: readonly Node[]): CompiledCheck {
  // A global or sticky pattern keeps state between tests: valibot's own run would differ.
  const patterns = actions
    .filter((a) => a.type === 'regex')
    .map((a) =>
      (a.requirement as RegExp).global || (a.requirement as RegExp).sticky ? unsupported(a) : (a.requirement as RegExp),
    );
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const a of actions) {
    if (a.type === 'min_length') min = Math.max(min, a.requirement as number);
    if (a.type === 'max_length') max = Math.min(max, a.requirement as number);
  }
  return (x) => {
    if (typeof x !== 'string' || x.length < min || x.length > max) return REFUSED;
    for (let i = 0; i < patterns.length; i++) if (!(patterns[i] as RegExp).test(x)) return REFUSED;
    return x;
  };
}

/** A validation action as a check that passes its value through. */
function compileTest(action: Node): CompiledCheck {
  const req = action.requirement as never;
  const pass = (ok: boolean, x: unknown) => (ok ? x : REFUSED);
  switch (action.type) {
    case 'integer':
    case 'check': {
      const test = action.requirement as (x: unknown) => boolean;
      return (x) => pass(test(x), x);
    }
    case 'min_value':
      return (x) => pass((x as number) >= req, x);
    case 'max_value':
      return (x) => pass((x as number) <= req, x);
    case 'min_length':
      return (x) => pass((x as { length: number }).length >= req, x);
    case 'max_length':
      return (x) => pass((x as { length: number }).length <= req, x);
    case 'regex': {
      const pattern = action.requirement as RegExp;
      return (x) => pass(pattern.test(x as string), x);
    }
    default:
      return unsupported(action);
  }
}
