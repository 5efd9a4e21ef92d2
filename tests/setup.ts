import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n, lazyNamespaces, loadNamespace } from '../src/i18n/i18n';
import { loadProgressCheck } from '../src/progress/progress-storage';

initI18n('en');
// Pages load their texts before they render; components rendered alone find them loaded.
await loadNamespace(...lazyNamespaces);
// The app loads the check of saved progress before it renders saved progress (src/main.tsx); stores made in tests read at once.
await loadProgressCheck();

// Lesson pages load their route and MDX body on demand; give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  // A test that gave the page a security policy (or a cmi5 launch that narrowed it) leaves none behind.
  document.head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').forEach((meta) => {
    meta.remove();
  });
});
