import 'i18next';
import type { LazyResources, resources } from './i18n';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'] & LazyResources;
  }
}
