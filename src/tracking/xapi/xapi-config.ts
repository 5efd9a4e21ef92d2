import { z } from 'zod/mini';

/*
 * The xAPI config a deployer puts next to index.html (`xapi.json`, docs/lms.md): where the LRS is,
 * the credentials the course sends with (public to every learner: use a key that may only write
 * statements), the course's IRI and the home page of the learners' employee accounts.
 */

const httpUrl = z.url({ protocol: /^https?$/ });

const configSchema = z.object({
  endpoint: httpUrl,
  auth: z.union([
    z.string().check(z.regex(/^Basic \S+$/)),
    z.object({ username: z.string().check(z.minLength(1)), password: z.string() }),
  ]),
  activityId: httpUrl,
  accountHomePage: httpUrl,
});

export interface XapiConfig {
  /** Ends with `/`: statements go to `${endpoint}statements`. */
  endpoint: string;
  /** The Authorization header's value. */
  authorization: string;
  activityId: string;
  accountHomePage: string;
}

const FIELD_MESSAGES: Record<string, string> = {
  endpoint: '"endpoint" must be the LRS\'s xAPI address, an http(s) URL such as "https://lrs.example.com/xapi/".',
  auth: '"auth" must be {"username": "…", "password": "…"} or a string "Basic …".',
  activityId: '"activityId" must be the course\'s IRI, an http(s) URL such as "https://learning.example.com/courses/customer-focus".',
  accountHomePage: '"accountHomePage" must be the http(s) home page of your employee accounts, such as "https://example.com/employees".',
};

const base64 = (text: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/** The config, or one plain message per bad field. */
export function parseXapiConfig(raw: unknown): { ok: true; config: XapiConfig } | { ok: false; message: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, message: 'xapi.json is not a JSON object with "endpoint", "auth", "activityId" and "accountHomePage".' };
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))];
    return { ok: false, message: `xapi.json: ${fields.map((field) => FIELD_MESSAGES[field] ?? `"${field}" is not valid.`).join(' ')}` };
  }
  const { endpoint, auth, activityId, accountHomePage } = parsed.data;
  return {
    ok: true,
    config: {
      endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
      authorization: typeof auth === 'string' ? auth : `Basic ${base64(`${auth.username}:${auth.password}`)}`,
      activityId: activityId.replace(/\/+$/, ''),
      accountHomePage,
    },
  };
}
