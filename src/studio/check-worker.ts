// Checks the trainer's draft off the page's thread, so typing never waits for the reading of a
// long lesson (and of the rest of the course beside it, the first time).
import { checkDraft } from './check-draft';
import type { CheckReply, CheckRequest } from './draft-checker';

interface CheckScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<CheckRequest>) => void): void;
  postMessage(message: CheckReply): void;
}

const scope = self as unknown as CheckScope;

scope.addEventListener('message', (event) => {
  const { id, request } = event.data;
  try {
    scope.postMessage({ id, result: checkDraft(request) });
  } catch (error) {
    scope.postMessage({ id, failure: error instanceof Error ? error.message : String(error) });
  }
});
