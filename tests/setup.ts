import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../src/i18n/i18n';

initI18n('en');

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
