import api, { route } from '@forge/api';
import type { Jira } from '../../ports/jira';
import { UpstreamError } from '../../ports/upstreamError';

interface ApiResponse {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}

/**
 * Jira through Forge's product API. Identity checks go as the calling user (`asUser`, whose
 * identity Forge binds to this invocation); site-wide reads go as the app.
 */
export const forgeJira: Jira = {
  async isCallerAdmin() {
    const body = await readJson(
      await api.asUser().requestJira(route`/rest/api/3/mypermissions?permissions=ADMINISTER`),
    );
    const permissions = (body as { permissions?: { ADMINISTER?: { havePermission?: unknown } } })
      .permissions;
    return permissions?.ADMINISTER?.havePermission === true;
  },
  async callerDisplayName() {
    const body = (await readJson(await api.asUser().requestJira(route`/rest/api/3/myself`))) as {
      displayName?: unknown;
    };
    if (typeof body.displayName !== 'string')
      throw new UpstreamError('MALFORMED', 'No display name');
    return body.displayName;
  },
  async countProjects() {
    const body = (await readJson(
      await api.asApp().requestJira(route`/rest/api/3/project/search?maxResults=1`),
    )) as { total?: unknown };
    if (typeof body.total !== 'number') throw new UpstreamError('MALFORMED', 'No project total');
    return body.total;
  },
  async listProjects(startAt, maxResults, query) {
    // `route` percent-encodes what is put in, so the admin's search text stays one parameter.
    const path =
      query === undefined
        ? route`/rest/api/3/project/search?startAt=${startAt}&maxResults=${maxResults}&orderBy=key`
        : route`/rest/api/3/project/search?startAt=${startAt}&maxResults=${maxResults}&orderBy=key&query=${query}`;
    const body = (await readJson(await api.asApp().requestJira(path))) as {
      total?: unknown;
      values?: unknown;
    };
    if (typeof body.total !== 'number' || !Array.isArray(body.values)) {
      throw new UpstreamError('MALFORMED', 'No project page');
    }
    const projects = body.values.slice(0, maxResults).map((value: unknown) => {
      const { key, name } = (value ?? {}) as { key?: unknown; name?: unknown };
      if (typeof key !== 'string' || typeof name !== 'string') {
        throw new UpstreamError('MALFORMED', 'A project without key or name');
      }
      return { key, name };
    });
    return { projects, total: body.total };
  },
  async siteUrl() {
    const body = (await readJson(await api.asApp().requestJira(route`/rest/api/3/serverInfo`))) as {
      baseUrl?: unknown;
    };
    if (typeof body.baseUrl !== 'string') throw new UpstreamError('MALFORMED', 'No site URL');
    return body.baseUrl;
  },
};

async function readJson(response: ApiResponse): Promise<unknown> {
  if (response.status === 429) throw new UpstreamError('RATE_LIMITED', 'Jira rate limit');
  if (!response.ok) throw new UpstreamError('UNAVAILABLE', `Jira answered ${response.status}`);
  try {
    return await response.json();
  } catch (cause) {
    throw new UpstreamError('MALFORMED', 'Jira answered with invalid JSON', { cause });
  }
}
