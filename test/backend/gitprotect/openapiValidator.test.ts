import { contract } from './harness';

/** The checker the other suites rely on must itself catch what breaks the contract. */

const json = { 'content-type': 'application/json' };
const job = {
  id: 'job_1',
  outcome: 'RUNNING',
  startedAt: '2026-11-23T10:00:00.000Z',
  finishedAt: null,
  projectsTotal: 3,
  projectsSucceeded: 1,
  projectsFailed: 0,
  trigger: { kind: 'SCHEDULE' },
};

describe('the contract checker', () => {
  it('accepts a reply that follows the contract', () => {
    const text = JSON.stringify({ jobs: [job], nextCursor: null });
    expect(
      contract.validateResponse('GET', '/instance/backups?limit=1', {
        status: 200,
        headers: json,
        text,
      }),
    ).toEqual([]);
  });

  it.each([
    ['an unknown field', { jobs: [{ ...job, progress: 1 }] }],
    ['a missing field', { jobs: [{ ...job, trigger: undefined }] }],
    ['a wrong enum', { jobs: [{ ...job, outcome: 'DONE' }] }],
    ['a bad date', { jobs: [{ ...job, startedAt: 'yesterday' }] }],
    [
      'an admin trigger without a name',
      { jobs: [{ ...job, trigger: { kind: 'ADMIN', accountId: 'a' } }] },
    ],
  ])('finds %s in a reply', (_, body) => {
    const text = JSON.stringify(body);
    expect(
      contract.validateResponse('GET', '/instance/backups', { status: 200, headers: json, text }),
    ).not.toEqual([]);
  });

  it('finds undeclared statuses, missing headers, and bodies that are not JSON', () => {
    const error = JSON.stringify({ error: { code: 'x', message: 'y' } });
    expect(
      contract.validateResponse('GET', '/instance', { status: 418, headers: json, text: error }),
    ).toHaveLength(1);
    expect(
      contract.validateResponse('GET', '/instance', { status: 429, headers: json, text: error }),
    ).toEqual(['GET /instance 429 reply: missing header Retry-After']);
    expect(
      contract.validateResponse('GET', '/instance/plan/schedule', {
        status: 200,
        headers: json,
        text: JSON.stringify({ version: 'v', schedule: null }),
      }),
    ).toEqual(['GET /instance/plan/schedule 200 reply: missing header ETag']);
    expect(
      contract.validateResponse('GET', '/instance', {
        status: 200,
        headers: json,
        text: '{"id": ',
      }),
    ).toEqual(['GET /instance 200 reply: the body is not JSON']);
    expect(
      contract.validateResponse('PUT', '/instance/credentials', {
        status: 204,
        headers: {},
        text: '{}',
      }),
    ).toEqual(['PUT /instance/credentials 204 reply: a body where none is expected']);
  });

  it('finds requests without their required headers, token, body or known query', () => {
    const schedule = { days: ['MON'], hour: 2, timezone: 'UTC' };
    expect(
      contract.validateRequest({
        method: 'PUT',
        path: '/instance/plan/schedule',
        headers: {},
        body: schedule,
      }),
    ).toEqual([
      'PUT /instance/plan/schedule request: missing header If-Match',
      'PUT /instance/plan/schedule request: missing Authorization: Bearer',
    ]);
    expect(
      contract.validateRequest({
        method: 'GET',
        path: '/instance/backups?limit=500&page=2',
        headers: { authorization: 'Bearer t' },
      }),
    ).toHaveLength(2);
    expect(
      contract.validateRequest({ method: 'POST', path: '/auth/refresh', headers: {} }),
    ).toEqual(['POST /auth/refresh request: missing body']);
    expect(contract.validateRequest({ method: 'DELETE', path: '/instance', headers: {} })).toEqual([
      'DELETE /instance: no such operation in the contract',
    ]);
  });
});
