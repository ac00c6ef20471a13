// Calls the admin API with the console's cookie; unsafe calls carry the anti-forgery header from the session.
let session;

export class ApiError extends Error {
  constructor(status, problem) {
    const fields = problem.errors ? Object.values(problem.errors).flat().join(' ') : '';
    super(problem.detail || fields || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

function toLogin() {
  location.href = '/staff/login';
  return new Promise(() => {});
}

// One request per page: everyone waiting for the session (the union's time zone too) shares it.
export function getSession() {
  if (!session) {
    session = fetch('/staff/api/session', { redirect: 'manual' }).then((response) => (response.ok ? response.json() : toLogin()));
  }
  return session;
}

/** Calls the API; body is sent as JSON, or as it is (a File, text) when another contentType is given. */
export async function api(method, url, body, contentType = 'application/json') {
  const current = await getSession();
  const headers = {};
  if (body !== undefined) headers['Content-Type'] = contentType;
  if (method !== 'GET') headers[current.headerName] = current.requestToken;
  const payload = body === undefined || contentType !== 'application/json' ? body : JSON.stringify(body);
  const response = await fetch(url, { method, headers, body: payload });
  if (response.status === 401) return toLogin();
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
  return response.status === 204 ? null : response.json();
}

export async function logout() {
  const current = await getSession();
  await fetch('/staff/api/logout', { method: 'POST', headers: { [current.headerName]: current.requestToken } });
  location.href = '/staff/login';
}
