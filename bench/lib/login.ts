import { BENCH_PASSWORD } from '../http/dataset';

/** A logged-in bench user: what each request needs to act as them. */
export interface BenchUser {
  userId: number;
  email: string;
  cookie: string;
  csrfToken: string;
}

function sessionCookie(res: Response): string | null {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ee.sid='));
  return cookie ? cookie.split(';')[0]! : null;
}

/** As the web client does: GET /api/auth/session for the CSRF token, then log in. */
export async function login(base: string, email: string): Promise<BenchUser> {
  const first = await fetch(`${base}/api/auth/session`);
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const anonymousCookie = sessionCookie(first);
  if (!anonymousCookie) throw new Error('GET /api/auth/session set no session cookie');
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: anonymousCookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`Login of ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = sessionCookie(res) ?? anonymousCookie;
  // The session must now be this user's, with the same token.
  const check = await fetch(`${base}/api/auth/session`, { headers: { cookie } });
  const session = (await check.json()) as { user: { id: number } | null; csrfToken: string };
  if (!session.user || session.csrfToken !== csrfToken) throw new Error(`The session of ${email} is not logged in`);
  return { userId: session.user.id, email, cookie, csrfToken };
}

export async function loginAll(base: string, emails: string[]): Promise<BenchUser[]> {
  const users: BenchUser[] = [];
  // Argon2 verification is deliberately slow: a few at a time.
  for (let i = 0; i < emails.length; i += 4) {
    users.push(...(await Promise.all(emails.slice(i, i + 4).map((email) => login(base, email)))));
  }
  return users;
}
