import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { contract } from './harness';

type Node = Record<string, unknown>;

describe('contract/management-service.yaml', () => {
  const document = contract.document;
  const schemas = (document.components as Node).schemas as Record<string, Node>;

  it('is an OpenAPI 3.1 document with the three regional servers', () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect((document.servers as Node[]).map((server) => server.url)).toEqual([
      'https://eu.api.gitprotect.io/jira/v1',
      'https://us.api.gitprotect.io/jira/v1',
      'https://au.api.gitprotect.io/jira/v1',
    ]);
  });

  it('resolves every $ref', () => {
    expect(contract.unresolvedRefs()).toEqual([]);
  });

  it('declares the paths the app relies on', () => {
    expect(
      contract
        .operations()
        .map((op) => `${op.method} ${op.template}`)
        .sort(),
    ).toEqual([
      'GET /instance',
      'GET /instance/backups',
      'GET /instance/backups/{jobId}',
      'GET /instance/plan/schedule',
      'GET /instance/projects',
      'POST /auth/refresh',
      'POST /instance/backups',
      'POST /instance/sso',
      'POST /instances',
      'PUT /instance/credentials',
      'PUT /instance/plan/schedule',
    ]);
  });

  it('gives every operation a unique operationId, a success response, 429 and 5xx', () => {
    const ids = contract.operations().map((op) => op.definition.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of contract.operations()) {
      const statuses = Object.keys(op.definition.responses as Node);
      expect(statuses.some((status) => status.startsWith('2'))).toBe(true);
      expect(statuses).toEqual(expect.arrayContaining(['429', '500', '503']));
    }
  });

  it('asks for a session on /instance routes, a Forge Invocation Token on registration', () => {
    for (const op of contract.operations()) {
      const schemes = ((op.definition.security ?? contract.document.security) as Node[]).flatMap(
        (requirement) => Object.keys(requirement),
      );
      const expected =
        op.template === '/instances'
          ? ['forgeInvocationToken']
          : op.template.startsWith('/instance/') || op.template === '/instance'
            ? ['bearerAuth']
            : [];
      expect([op.template, schemes]).toEqual([op.template, expected]);
    }
  });

  it('closes every object schema, with required fields that exist', () => {
    const objects: Array<[string, Node]> = [];
    const collect = (name: string, node: unknown) => {
      if (Array.isArray(node)) node.forEach((child, i) => collect(`${name}[${i}]`, child));
      else if (node && typeof node === 'object') {
        const schema = node as Node;
        if (schema.type === 'object') objects.push([name, schema]);
        Object.entries(schema).forEach(([key, child]) => collect(`${name}.${key}`, child));
      }
    };
    Object.entries(schemas).forEach(([name, schema]) => collect(name, schema));
    expect(objects.length).toBeGreaterThan(10);
    for (const [name, schema] of objects) {
      expect([name, schema.additionalProperties]).toEqual([name, false]);
      const properties = Object.keys((schema.properties as Node | undefined) ?? {});
      expect([name, properties.length > 0]).toEqual([name, true]);
      expect(properties).toEqual(expect.arrayContaining((schema.required as string[]) ?? []));
    }
  });

  it('compiles every schema with a strict JSON Schema 2020-12 validator', () => {
    const ajv = new Ajv2020({ strict: true, strictTypes: false });
    addFormats(ajv);
    const $defs = JSON.parse(
      JSON.stringify(schemas).replaceAll('"#/components/schemas/', '"#/$defs/'),
    ) as Node;
    ajv.addSchema({ $id: 'https://x.test/doc', $defs });
    for (const name of Object.keys(schemas)) {
      expect(ajv.getSchema(`https://x.test/doc#/$defs/${name}`)).toBeInstanceOf(Function);
    }
  });

  it('describes the job exactly as the app shows it', () => {
    expect(schemas.Job?.required).toEqual([
      'id',
      'outcome',
      'startedAt',
      'finishedAt',
      'projectsTotal',
      'projectsSucceeded',
      'projectsFailed',
      'trigger',
    ]);
    expect((schemas.JobOutcome as Node).enum).toEqual([
      'RUNNING',
      'SUCCEEDED',
      'SUCCEEDED_WITH_WARNINGS',
      'FAILED',
      'CANCELED',
      'NOT_STARTED',
    ]);
  });
});
