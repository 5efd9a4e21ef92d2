// One worker of the HR import's floor (main.ts): inflate, decode, JSON.parse and SHA-256 its share of the zip.
import { unzipSync } from 'fflate';

export interface FloorTask {
  zip: ArrayBuffer;
  /** This worker takes the entries whose index modulo `parts` is `part`. */
  part: number;
  parts: number;
}
export interface FloorReply {
  records: number;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<FloorTask>) => void) | null; postMessage: (reply: FloorReply) => void };
const decoder = new TextDecoder('utf-8', { fatal: true });

scope.onmessage = ({ data: { zip, part, parts } }) => {
  let index = -1;
  // The filter runs before an entry is inflated: the other workers' entries are skipped, not inflated.
  const files = Object.values(unzipSync(new Uint8Array(zip), { filter: () => ++index % parts === part }));
  void Promise.all(
    files.map((bytes) => {
      JSON.parse(decoder.decode(bytes));
      return crypto.subtle.digest('SHA-256', bytes);
    }),
  ).then(() => scope.postMessage({ records: files.length }));
};
