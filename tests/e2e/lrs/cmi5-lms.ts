import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/*
 * The LMS side of a cmi5 launch, for the browser tests, in front of a real LRS (xapi-statements,
 * which has no State API): a one-time fetch URL per launch, the LMS.LaunchData state document, a
 * return page, and every other xAPI request passed on to the LRS. Loopback only.
 */

export interface Cmi5Launch {
  registration: string;
  launchMode: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  sessionId: string;
  publisherId: string;
}

export interface RunningLms {
  origin: string;
  /** The launch query string for the AU. */
  launchQuery: (launch: Cmi5Launch, activityId: string, actor: object) => string;
  /** How many times each launch's fetch URL was called. */
  fetchCalls: Map<string, number>;
  stop: () => Promise<void>;
}

export const TOKEN = Buffer.from('test:test').toString('base64');

const cors = (req: IncomingMessage, res: ServerResponse) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Access-Control-Allow-Headers', 'authorization,content-type,x-experience-api-version');
  res.setHeader('Access-Control-Allow-Methods', 'GET,POST,PUT,OPTIONS');
};

const body = (req: IncomingMessage) =>
  new Promise<Buffer>((done) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      done(Buffer.concat(chunks));
    });
  });

export async function startLms(port: number, lrsEndpoint: string): Promise<RunningLms> {
  const origin = `http://127.0.0.1:${port}`;
  const launches = new Map<string, Cmi5Launch>();
  const fetchCalls = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      cors(req, res);
      const url = new URL(req.url ?? '/', origin);
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
      if (url.pathname.startsWith('/fetch/') && req.method === 'POST') {
        const registration = url.pathname.slice('/fetch/'.length);
        const calls = (fetchCalls.get(registration) ?? 0) + 1;
        fetchCalls.set(registration, calls);
        const answer = calls === 1 ? { 'auth-token': TOKEN } : { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' };
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
        return;
      }
      if (url.pathname === '/return') {
        res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>LMS</title><h1>Back in the LMS</h1>');
        return;
      }
      if (url.pathname === '/xapi/activities/state') {
        const launch = launches.get(url.searchParams.get('registration') ?? '');
        if (req.headers.authorization !== `Basic ${TOKEN}` || !launch || url.searchParams.get('stateId') !== 'LMS.LaunchData') {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(
          JSON.stringify({
            contextTemplate: {
              contextActivities: { grouping: [{ objectType: 'Activity', id: launch.publisherId }] },
              extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': launch.sessionId },
            },
            launchMode: launch.launchMode,
            moveOn: 'CompletedAndPassed',
            returnURL: `${origin}/return`,
            ...(launch.masteryScore === undefined ? {} : { masteryScore: launch.masteryScore }),
          }),
        );
        return;
      }
      if (url.pathname.startsWith('/xapi/')) {
        const target = `${lrsEndpoint}${url.pathname.slice('/xapi/'.length)}${url.search}`;
        const payload = req.method === 'GET' ? undefined : await body(req);
        const answer = await fetch(target, {
          method: req.method,
          headers: {
            'Content-Type': req.headers['content-type'] ?? 'application/json',
            'X-Experience-API-Version': '1.0.3',
            Authorization: req.headers.authorization ?? '',
          },
          body: payload ? new Uint8Array(payload) : undefined,
        });
        res.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await answer.arrayBuffer()));
        return;
      }
      res.writeHead(404).end();
    })();
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    origin,
    fetchCalls,
    launchQuery: (launch, activityId, actor) => {
      launches.set(launch.registration, launch);
      return new URLSearchParams({
        endpoint: `${origin}/xapi/`,
        fetch: `${origin}/fetch/${launch.registration}`,
        actor: JSON.stringify(actor),
        registration: launch.registration,
        activityId,
      }).toString();
    },
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => {
          done();
        });
        server.closeAllConnections();
      }),
  };
}
