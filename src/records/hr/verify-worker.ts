// Checks batches of record files for the import worker; several run side by side.
import { verifyBatch } from './verify-batch';
import type { FromVerifyWorker, ToVerifyWorker, WorkerScope } from './worker-protocol';

const scope = self as unknown as WorkerScope<ToVerifyWorker, FromVerifyWorker>;

scope.addEventListener('message', (event) => {
  const { batch, items, course } = event.data;
  void verifyBatch(items, course).then(
    (verified) => scope.postMessage({ type: 'verified', batch, ...verified }),
    // Never leave the import waiting: a batch that could not be checked comes back as unreadable files.
    () => scope.postMessage({ type: 'verified', batch, results: items.map(({ seq, name }) => ({ seq, problem: { file: name, code: 'unreadable' } })), labels: [] }),
  );
});
