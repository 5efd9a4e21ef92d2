/**
 * The built course and the floor, each on its own `vite preview`, served the same way: gzip for
 * text files of 1 KB or more (vite preview's compression middleware), as a real web server would.
 * Every timing that compares the two goes through here, so neither gets a better server.
 */
import { startPreview } from './preview-server';

export interface Sites {
  app: string;
  floor: string;
  /** How each served its entry script (`gzip`, or `identity` when it was not compressed). */
  encoding: { app: string; floor: string };
  stop: () => void;
}

/** The Content-Encoding a browser gets for the first script of the page at `baseUrl`. */
async function entryEncoding(baseUrl: string): Promise<string> {
  const html = await (await fetch(baseUrl)).text();
  const script = /<script[^>]+src="\.?\/?([^"]+)"/.exec(html)?.[1];
  if (!script) return 'no script';
  const response = await fetch(new URL(script, baseUrl), { headers: { 'accept-encoding': 'gzip' } });
  await response.arrayBuffer();
  return response.headers.get('content-encoding') ?? 'identity';
}

export async function startSites(dist: string, floorDist: string): Promise<Sites> {
  const app = await startPreview(dist);
  const floor = await startPreview(floorDist).catch((error: unknown) => {
    app.stop();
    throw error;
  });
  const stop = () => {
    app.stop();
    floor.stop();
  };
  try {
    const encoding = { app: await entryEncoding(app.baseUrl), floor: await entryEncoding(floor.baseUrl) };
    return { app: app.baseUrl, floor: floor.baseUrl, encoding, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

export const describeServing = ({ encoding }: Pick<Sites, 'encoding'>) =>
  `both served by vite preview on this machine (entry script: course ${encoding.app}, floor ${encoding.floor})`;
