/**
 * Checks HTTP traffic against GitHub's published OpenAPI description (@octokit/openapi, api.github.com).
 *
 * The fake GitHub server runs every request through `validateRequest` and every JSON response it sends through
 * `validateResponse`, so a client call GitHub would reject (unknown route, wrong method, bad body) or a fake
 * answer GitHub would never give fails the tests instead of passing against a server too lenient to notice.
 *
 * Why ajv (+ ajv-formats): the request bodies and responses are described by JSON Schema (OpenAPI 3.0 dialect,
 * `nullable` included, which ajv understands); a well-kept validator beats hand-written checks for that.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
  'x-multi-segment'?: boolean;
}

export interface OpenApiOperation {
  operationId: string;
  parameters?: JsonObject[];
  requestBody?: JsonObject;
  responses: Record<string, JsonObject>;
}

export interface RouteMatch {
  /** The path template as written in the description, e.g. `/repos/{owner}/{repo}/pulls`. */
  template: string;
  method: string;
  operationId: string;
  operation: OpenApiOperation;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

export type RouteLookup =
  | { kind: 'match'; route: RouteMatch }
  | { kind: 'unknown-route' }
  | { kind: 'wrong-method'; allowed: string[] };

export interface RequestCheck {
  route?: RouteMatch;
  /** Parsed JSON body (undefined when there was none). */
  body?: unknown;
  /** Empty when GitHub would accept the request's shape. */
  problems: string[];
  /** The status GitHub answers such a request with: 404 for an unknown route or method, 400 bad JSON, 422 invalid. */
  status?: number;
}

interface CompiledRoute {
  template: string;
  regex: RegExp;
  paramNames: string[];
  literalSegments: number;
  methods: Map<string, OpenApiOperation>;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

// ajv-formats ships CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

function descriptionPath(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@octokit/openapi/package.json');
  return packageJson.replace(/package\.json$/, 'generated/api.github.com.json');
}

/**
 * Turns an OpenAPI 3.0 schema into one ajv compiles: document-local `#/components/...` refs point at the
 * registered description, and `nullable` without `type` (which ajv rejects) becomes `anyOf [..., null]`.
 */
function toAjvSchema(value: Json): Json {
  if (Array.isArray(value)) return value.map(toAjvSchema);
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] = key === '$ref' && typeof child === 'string' && child.startsWith('#/') ? `github${child}` : toAjvSchema(child);
  }
  if (out['nullable'] === true && Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
  if (out['nullable'] === true && out['type'] === undefined) {
    delete out['nullable'];
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

function formatAjvErrors(validate: ValidateFunction, where: string): string[] {
  return (validate.errors ?? []).slice(0, 8).map((error) => {
    const at = `${where}${error.instancePath}`;
    const extra = error.keyword === 'additionalProperties' ? ` (${String(error.params['additionalProperty'])})` : '';
    return `${at} ${error.message ?? error.keyword}${extra}`;
  });
}

export class OpenApiValidator {
  private static shared: OpenApiValidator | undefined;

  readonly description: JsonObject;
  private readonly ajv: Ajv;
  private readonly routes: CompiledRoute[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();

  /** The description is 13 MB: load and index it once per test process. */
  static load(): OpenApiValidator {
    OpenApiValidator.shared ??= new OpenApiValidator(JSON.parse(readFileSync(descriptionPath(), 'utf8')) as JsonObject);
    return OpenApiValidator.shared;
  }

  constructor(description: JsonObject) {
    this.description = description;
    // strict: false because the description carries OpenAPI-only keywords (example, x-github, discriminator...).
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(this.ajv);
    this.ajv.addFormat('repo.nwo', /^[^/]+\/[^/]+$/);
    this.ajv.addSchema(toAjvSchema({ components: description['components'] ?? null }) as object, 'github');

    const paths = description['paths'] as unknown as Record<string, Record<string, OpenApiOperation>>;
    for (const [template, item] of Object.entries(paths)) {
      const methods = new Map<string, OpenApiOperation>();
      for (const method of HTTP_METHODS) {
        if (item[method]) methods.set(method.toUpperCase(), item[method]);
      }
      const multiSegment = new Set<string>();
      for (const operation of methods.values()) {
        for (const parameter of (operation.parameters ?? []).map((p) => this.resolveParameter(p))) {
          if (parameter['x-multi-segment']) multiSegment.add(parameter.name);
        }
      }
      const paramNames: string[] = [];
      let literalSegments = 0;
      const pattern = template
        .split('/')
        .map((segment) => {
          const param = /^\{([^}]+)\}$/.exec(segment);
          if (param?.[1]) {
            paramNames.push(param[1]);
            return multiSegment.has(param[1]) ? '(.+)' : '([^/]+)';
          }
          literalSegments++;
          return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('/');
      this.routes.push({ template, regex: new RegExp(`^${pattern}$`), paramNames, literalSegments, methods });
    }
    // Literal segments win over parameters (`/pulls/comments` before `/pulls/{pull_number}`), as on GitHub.
    this.routes.sort((a, b) => b.literalSegments - a.literalSegments);
  }

  /** Finds the documented operation for METHOD + pathname (no query string). */
  lookup(method: string, pathname: string): RouteLookup {
    const upper = method.toUpperCase();
    let allowed: string[] | undefined;
    for (const route of this.routes) {
      const found = route.regex.exec(pathname);
      if (!found) continue;
      const operation = route.methods.get(upper);
      if (!operation) {
        allowed ??= [...route.methods.keys()];
        continue;
      }
      const params: Record<string, string> = {};
      route.paramNames.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1] ?? '');
      });
      return { kind: 'match', route: { template: route.template, method: upper, operationId: operation.operationId, operation, params } };
    }
    return allowed ? { kind: 'wrong-method', allowed } : { kind: 'unknown-route' };
  }

  validateRequest(request: { method: string; url: URL; contentType?: string; rawBody: string }): RequestCheck {
    const lookup = this.lookup(request.method, request.url.pathname);
    if (lookup.kind === 'unknown-route') {
      return { problems: [`${request.method} ${request.url.pathname}: no such route in GitHub's REST API`], status: 404 };
    }
    if (lookup.kind === 'wrong-method') {
      return {
        problems: [`${request.method} ${request.url.pathname}: method not allowed (the route takes ${lookup.allowed.join(', ')})`],
        status: 404,
      };
    }
    const { route } = lookup;
    const problems: string[] = [];
    const where = `${route.method} ${route.template} (${route.operationId})`;

    for (const parameter of (route.operation.parameters ?? []).map((p) => this.resolveParameter(p))) {
      if (parameter.in !== 'path' && parameter.in !== 'query') continue;
      const raw = parameter.in === 'path' ? route.params[parameter.name] : request.url.searchParams.get(parameter.name) ?? undefined;
      if (raw === undefined) {
        if (parameter.required) problems.push(`${where}: missing required ${parameter.in} parameter "${parameter.name}"`);
        continue;
      }
      if (!parameter.schema) continue;
      const value = coerceParameter(raw, parameter.schema);
      const validate = this.compile(`param:${route.operationId}:${parameter.name}`, parameter.schema);
      if (!validate(value)) problems.push(...formatAjvErrors(validate, `${where}: ${parameter.in} parameter ${parameter.name}`));
    }

    let body: unknown;
    if (request.rawBody.length > 0) {
      try {
        body = JSON.parse(request.rawBody);
      } catch {
        problems.push(`${where}: body is not valid JSON`);
        return { route, problems, status: 400 };
      }
    }
    const requestBody = route.operation.requestBody ? this.resolve(route.operation.requestBody) : undefined;
    if (requestBody) {
      const content = requestBody['content'] as Record<string, JsonObject> | undefined;
      const jsonSchema = content?.['application/json']?.['schema'] as JsonObject | undefined;
      if (body === undefined) {
        if (requestBody['required'] === true) problems.push(`${where}: missing required JSON body`);
      } else if (jsonSchema) {
        if (request.contentType && !/json/i.test(request.contentType)) {
          problems.push(`${where}: body sent as ${request.contentType}, GitHub expects application/json`);
        }
        const validate = this.compile(`body:${route.operationId}`, jsonSchema);
        if (!validate(body)) problems.push(...formatAjvErrors(validate, `${where}: body`));
      }
    } else if (body !== undefined && route.method !== 'GET' && route.method !== 'DELETE') {
      problems.push(`${where}: takes no body`);
    }
    return { route, body, problems, status: problems.length > 0 ? 422 : undefined };
  }

  /** Problems with a response the fake is about to send; an undocumented status is one too. */
  validateResponse(route: RouteMatch, status: number, body: unknown): string[] {
    const where = `${route.method} ${route.template} (${route.operationId}) → ${status}`;
    const response = route.operation.responses[String(status)];
    if (!response) return [`${where}: status not documented for this operation`];
    const resolved = this.resolve(response);
    const content = resolved['content'] as Record<string, JsonObject> | undefined;
    const schema = content?.['application/json']?.['schema'] as JsonObject | undefined;
    if (!schema) return body === undefined || body === '' ? [] : [`${where}: documented without a body, but one was sent`];
    const validate = this.compile(`response:${route.operationId}:${status}`, schema);
    return validate(body) ? [] : formatAjvErrors(validate, `${where}: response`);
  }

  /** Compiles the 2xx response schemas of these operations now, so the first response is not slow to send. */
  warmUp(operationIds: readonly string[]): void {
    const wanted = new Set(operationIds);
    for (const route of this.routes) {
      for (const [method, operation] of route.methods) {
        if (!wanted.has(operation.operationId)) continue;
        const match: RouteMatch = { template: route.template, method, operationId: operation.operationId, operation, params: {} };
        for (const status of Object.keys(operation.responses).filter((s) => s.startsWith('2'))) this.validateResponse(match, Number(status), undefined);
      }
    }
  }

  /** The JSON schema of a component (for building responses that carry every required field). */
  componentSchema(name: string): JsonObject {
    const schemas = (this.description['components'] as JsonObject)['schemas'] as Record<string, JsonObject>;
    const schema = schemas[name];
    if (!schema) throw new Error(`no component schema ${name} in GitHub's description`);
    return schema;
  }

  /** Follows one local `$ref` (parameters, request bodies, responses, schemas). */
  resolve(value: JsonObject): JsonObject {
    let current = value;
    for (let hops = 0; typeof current['$ref'] === 'string' && hops < 10; hops++) {
      const pointer = (current['$ref'] as string).replace(/^#\//, '').split('/');
      let target: Json = this.description;
      for (const key of pointer) target = (target as JsonObject)[key.replace(/~1/g, '/').replace(/~0/g, '~')] ?? null;
      current = target as JsonObject;
    }
    return current;
  }

  private resolveParameter(value: JsonObject): OpenApiParameter {
    return this.resolve(value) as unknown as OpenApiParameter;
  }

  private compile(key: string, schema: JsonObject): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toAjvSchema(schema) as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

/** Query and path values arrive as strings; GitHub reads them by the parameter's declared type. */
function coerceParameter(raw: string, schema: JsonObject): unknown {
  switch (schema['type']) {
    case 'integer':
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    case 'array':
      return raw.split(',');
    default:
      return raw;
  }
}
