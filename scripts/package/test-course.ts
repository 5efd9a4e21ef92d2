import type { PackageCourse } from './package-course';

/** A course for package tests; its title carries the characters XML must escape. */
export const testCourse = (overrides: Partial<PackageCourse> = {}): PackageCourse => ({
  id: 'customer-focus',
  version: '3.2.1',
  title: { en: 'Customer Focus', es: 'Orientación al cliente' },
  description: { en: 'Put the customer first.', es: 'El cliente primero.' },
  passMark: 80,
  ...overrides,
});

export const APP_FILES = ['index.html', 'assets/index-abc123.js', 'assets/index-def456.css', 'favicon.svg'];
