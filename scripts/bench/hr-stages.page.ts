// Runs in Chromium (bundled by hr-stages.ts): the HR import's work on each record, one stage at a
// time, on one thread, with the app's own modules. What the verify workers do, without the workers.
import { packRecords } from '../../src/hr/imported-pack';
import { importRecord, type ImportedRecord } from '../../src/hr/imported-record';
import { entryData, inflateEntry, listZip } from '../../src/hr/unzip-records';
import type { CompletionRecord } from '../../src/records/completion-record-schema';
import { isCompletionRecord } from '../../src/records/record-validator';
import { verifyRecord } from '../../src/records/verify-record';

export interface StageTimes {
  records: number;
  averageBytes: number;
  /** Microseconds per record. */
  inflate: number;
  decodeAndParse: number;
  schema: number;
  /** The schema again, the canonical-text proof and SHA-256: `verifyRecord` as the import calls it. */
  verify: number;
  keep: number;
}

/** Times each stage over the zip's records; the best of `rounds` runs, so a first, cold run does not count. */
export async function measureStages(zip: Uint8Array, rounds = 3): Promise<StageTimes> {
  const entries = listZip(zip);
  if (!entries) throw new Error('Not a zip');
  const data = entries.map((entry) => entryData(zip, entry));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const best: Omit<StageTimes, 'records' | 'averageBytes'> = { inflate: Infinity, decodeAndParse: Infinity, schema: Infinity, verify: Infinity, keep: Infinity };
  const per = (start: number) => ((performance.now() - start) * 1000) / entries.length;
  let bytes = 0;
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    // One after another, as the verify workers inflate.
    const raw: Array<Uint8Array<ArrayBuffer>> = [];
    for (let i = 0; i < data.length; i++) raw.push((await inflateEntry(data[i]!, entries[i]!.method, entries[i]!.size))!);
    best.inflate = Math.min(best.inflate, per(start));
    bytes = raw.reduce((sum, content) => sum + content.byteLength, 0);

    start = performance.now();
    const texts = raw.map((content) => decoder.decode(content));
    const values = texts.map((text) => JSON.parse(text) as unknown);
    best.decodeAndParse = Math.min(best.decodeAndParse, per(start));

    start = performance.now();
    if (!values.every(isCompletionRecord)) throw new Error('A record breaks the schema');
    best.schema = Math.min(best.schema, per(start));

    start = performance.now();
    const records: CompletionRecord[] = [];
    for (let i = 0; i < values.length; i++) {
      const verified = await verifyRecord(values[i], { bytes: raw[i]!, text: texts[i]! });
      if (!verified.ok) throw new Error(`${entries[i]!.name}: ${verified.problem}`);
      records.push(verified.record);
    }
    best.verify = Math.min(best.verify, per(start));

    start = performance.now();
    const imported: ImportedRecord[] = records.map((record, i) => importRecord(record, entries[i]!.name, false));
    packRecords(imported);
    best.keep = Math.min(best.keep, per(start));
  }
  return { records: entries.length, averageBytes: bytes / entries.length, ...best };
}

(globalThis as unknown as { measureStages: typeof measureStages }).measureStages = measureStages;
