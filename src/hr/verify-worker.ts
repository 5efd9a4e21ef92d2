// Checks batches of record files for the import worker; several run side by side. Batches come by
// the port the page hands over when it started this worker beside the import worker, or straight
// from the import worker when it started this one itself.
import { unreadableBatch, verifyBatch } from './verify-batch';
import type { FromVerifyWorker, ToVerifyWorker, VerifyWorkerSetup, WorkerScope } from './worker-protocol';

const scope = self as unknown as WorkerScope<ToVerifyWorker | VerifyWorkerSetup, FromVerifyWorker>;

/** Where a batch came from, to answer there. */
type Sender = Pick<WorkerScope<ToVerifyWorker, FromVerifyWorker>, 'postMessage'>;

function check({ batch, items, course }: ToVerifyWorker, sender: Sender) {
  void verifyBatch(items, course)
    .catch(() => unreadableBatch(items))
    .then((verified) => sender.postMessage({ type: 'verified', batch, ...verified }));
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'connect') {
    const { port } = message;
    port.addEventListener('message', (batch: MessageEvent<ToVerifyWorker>) => check(batch.data, port));
    port.start();
    return;
  }
  check(message, scope);
});
