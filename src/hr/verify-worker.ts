// Checks batches of record files for the import worker; several run side by side.
import { unreadableBatch, verifyBatch } from './verify-batch';
import type { FromVerifyWorker, ToVerifyWorker, WorkerScope } from './worker-protocol';

const scope = self as unknown as WorkerScope<ToVerifyWorker, FromVerifyWorker>;

scope.addEventListener('message', (event) => {
  const { batch, items, course } = event.data;
  void verifyBatch(items, course)
    .catch(() => unreadableBatch(items))
    .then((verified) => scope.postMessage({ type: 'verified', batch, ...verified }));
});
