import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/**
 * Checks real HTTP traffic against contract/management-service.yaml: requests by operation
 * (path template + method), replies by status. Every check returns readable violations, empty
 * when the exchange follows the contract.
 */

export const CONTRACT_FILE = join(__dirname, '..', '..', 'contract', 'management-service.yaml');

type Json = unknown;
type Node = Record<string, Json>;

const SCHEMA_ROOT = 'https://contract.test/management-service';
const SCHEMA_PREFIX = '#/components/schemas/';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

export interface ExchangeRequest {
  method: string;
  /** Relative to the server's base URL, with the query if any. */
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON; undefined when there was no body. */
  body?: Json;
}

export interface ExchangeResponse {
  status: number;
  headers: Record<string, string>;
  /** The raw body text ('' when empty). */
  text: string;
}

export interface Operation {
  method: string;
  template: string;
  definition: Node;
}

export class OpenApiContract {
  readonly document: Node;
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(file = CONTRACT_FILE) {
    this.document = parse(readFileSync(file, 'utf8')) as Node;
    this.ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
    addFormats(this.ajv);
    this.ajv.addKeyword('example');
    const components = (this.document.components ?? {}) as Node;
    this.ajv.addSchema({ $id: SCHEMA_ROOT, $defs: absoluteRefs(components.schemas ?? {}) });
  }

  /** Every `$ref` in the document that points nowhere. */
  unresolvedRefs(): string[] {
    const missing: string[] = [];
    walk(this.document, (node) => {
      const ref = node.$ref;
      if (typeof ref === 'string' && this.pointer(ref) === undefined) missing.push(ref);
    });
    return missing;
  }

  operations(): Operation[] {
    const paths = (this.document.paths ?? {}) as Record<string, Node>;
    return Object.entries(paths).flatMap(([template, item]) =>
      METHODS.filter((method) => item[method] !== undefined).map((method) => ({
        method: method.toUpperCase(),
        template,
        definition: item[method] as Node,
      })),
    );
  }

  operation(method: string, path: string): Operation | undefined {
    const pathname = path.split('?')[0] ?? path;
    return this.operations().find(
      (op) => op.method === method.toUpperCase() && templateRegex(op.template).test(pathname),
    );
  }

  validateRequest(request: ExchangeRequest): string[] {
    const op = this.operation(request.method, request.path);
    if (!op) return [`${request.method} ${request.path}: no such operation in the contract`];
    const where = `${op.method} ${op.template} request`;
    const headers = lowerCaseKeys(request.headers);
    const violations: string[] = [];

    const query = new URLSearchParams(request.path.split('?')[1] ?? '');
    const parameters = ((op.definition.parameters ?? []) as Node[]).map((p) => this.deref(p));
    for (const name of new Set(query.keys())) {
      if (!parameters.some((p) => p.in === 'query' && p.name === name)) {
        violations.push(`${where}: unknown query parameter ${name}`);
      }
    }
    for (const parameter of parameters) {
      const name = String(parameter.name);
      const raw =
        parameter.in === 'query' ? (query.get(name) ?? undefined) : headers[name.toLowerCase()];
      if (parameter.in !== 'query' && parameter.in !== 'header') continue;
      if (raw === undefined) {
        if (parameter.required === true)
          violations.push(`${where}: missing ${parameter.in} ${name}`);
        continue;
      }
      const schema = parameter.schema as Node;
      const value = schema.type === 'integer' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
      violations.push(...this.check(schema, value, `${where} ${parameter.in} ${name}`));
    }

    if (this.needsBearer(op) && !/^Bearer \S+$/.test(headers.authorization ?? '')) {
      violations.push(`${where}: missing Authorization: Bearer`);
    }

    const requestBody = op.definition.requestBody
      ? this.deref(op.definition.requestBody as Node)
      : undefined;
    if (!requestBody) {
      if (request.body !== undefined) violations.push(`${where}: a body where none is expected`);
    } else if (request.body === undefined) {
      if (requestBody.required === true) violations.push(`${where}: missing body`);
    } else {
      const schema = jsonSchemaOf(requestBody);
      if (!schema) violations.push(`${where}: the contract has no JSON schema for the body`);
      else violations.push(...this.check(schema, request.body, `${where} body`));
    }
    return violations;
  }

  validateResponse(method: string, path: string, response: ExchangeResponse): string[] {
    const op = this.operation(method, path);
    if (!op) return [`${method} ${path}: no such operation in the contract`];
    const where = `${op.method} ${op.template} ${response.status} reply`;
    const responses = (op.definition.responses ?? {}) as Node;
    const declared = responses[String(response.status)] ?? responses.default;
    if (declared === undefined) return [`${where}: status not in the contract`];
    const definition = this.deref(declared as Node);
    const headers = lowerCaseKeys(response.headers);
    const violations: string[] = [];

    for (const [name, header] of Object.entries((definition.headers ?? {}) as Node)) {
      const resolved = this.deref(header as Node);
      const value = headers[name.toLowerCase()];
      if (value === undefined) {
        if (resolved.required === true) violations.push(`${where}: missing header ${name}`);
      } else {
        violations.push(...this.check(resolved.schema as Node, value, `${where} header ${name}`));
      }
    }

    const schema = jsonSchemaOf(definition);
    if (!schema) {
      if (response.text !== '') violations.push(`${where}: a body where none is expected`);
      return violations;
    }
    if (!/^application\/json\b/.test(headers['content-type'] ?? '')) {
      violations.push(`${where}: content-type is not application/json`);
    }
    let body: Json;
    try {
      body = JSON.parse(response.text);
    } catch {
      return [...violations, `${where}: the body is not JSON`];
    }
    return [...violations, ...this.check(schema, body, `${where} body`)];
  }

  private needsBearer(op: Operation): boolean {
    const security = (op.definition.security ?? this.document.security ?? []) as Node[];
    return security.some((requirement) => 'bearerAuth' in requirement);
  }

  private check(schema: Node, value: Json, where: string): string[] {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(absoluteRefs(schema) as Node);
      this.compiled.set(key, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (error) => `${where}: ${error.instancePath || '/'} ${error.message ?? 'is invalid'}`,
    );
  }

  /** Follows `$ref`s that point at responses, parameters, headers or request bodies. */
  private deref(node: Node): Node {
    let current = node;
    for (let hops = 0; typeof current.$ref === 'string'; hops += 1) {
      const target = this.pointer(current.$ref);
      if (!target || hops > 10) throw new Error(`Unresolvable $ref ${current.$ref}`);
      current = target as Node;
    }
    return current;
  }

  private pointer(ref: string): Json {
    if (!ref.startsWith('#/')) return undefined;
    let node: Json = this.document;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
      node = (node as Node)[key];
    }
    return node;
  }
}

function jsonSchemaOf(definition: Node): Node | undefined {
  const content = definition.content as Record<string, Node> | undefined;
  return content?.['application/json']?.schema as Node | undefined;
}

function absoluteRefs(value: Json): Json {
  if (Array.isArray(value)) return value.map(absoluteRefs);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) =>
      key === '$ref' && typeof child === 'string' && child.startsWith(SCHEMA_PREFIX)
        ? [key, `${SCHEMA_ROOT}#/$defs/${child.slice(SCHEMA_PREFIX.length)}`]
        : [key, absoluteRefs(child)],
    ),
  );
}

function walk(value: Json, visit: (node: Node) => void): void {
  if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
  else if (value !== null && typeof value === 'object') {
    visit(value as Node);
    Object.values(value).forEach((child) => walk(child, visit));
  }
}

function templateRegex(template: string): RegExp {
  const escaped = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${escaped}$`);
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]),
  );
}

/**
 * A `fetch` for the client under test that checks each exchange with a base URL in `baseUrls`
 * against the contract and collects the violations, leaving the traffic itself untouched.
 */
export function contractCheckingFetch(
  contract: OpenApiContract,
  baseUrls: Record<string, string>,
  inner: typeof fetch = (input, init) => fetch(input, init),
): { fetch: typeof fetch; violations: string[]; exchanges: () => number } {
  const violations: string[] = [];
  let exchanges = 0;
  const checking: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const base = Object.values(baseUrls).find((candidate) => url.href.startsWith(candidate));
    if (!base) return inner(input, init);
    const path = url.href.slice(base.length);
    const method = init?.method ?? 'GET';
    exchanges += 1;
    violations.push(
      ...contract.validateRequest({
        method,
        path,
        headers: headerRecord(init?.headers),
        body: typeof init?.body === 'string' ? (JSON.parse(init.body) as Json) : undefined,
      }),
    );
    const response = await inner(input, init);
    const text = await response
      .clone()
      .text()
      .catch(() => undefined);
    if (text !== undefined) {
      violations.push(
        ...contract.validateResponse(method, path, {
          status: response.status,
          headers: headerRecord(response.headers),
          text,
        }),
      );
    }
    return response;
  };
  return { fetch: checking, violations, exchanges: () => exchanges };
}

export function headerRecord(headers: HeadersInit | undefined): Record<string, string> {
  if (!headers) return {};
  if (headers instanceof Headers) return Object.fromEntries(headers.entries());
  if (Array.isArray(headers)) return Object.fromEntries(headers);
  return { ...headers };
}
