/**
 * `fetch`, with the reply's body read in full before it is handed over. A reply whose body is
 * never read keeps its socket paused, and so open after the server has gone: an open handle that
 * stops the jest worker from exiting. Tests that look only at a status or a header use this.
 */
export async function fetchWhole(input: string | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  const body = await response.arrayBuffer();
  const empty = body.byteLength === 0 || [101, 204, 205, 304].includes(response.status);
  return new Response(empty ? null : body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
