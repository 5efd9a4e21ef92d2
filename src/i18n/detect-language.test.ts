import { detectLanguage } from './i18n';

describe('the language a learner starts in', () => {
  it('is the one they chose on this device, whatever the browser prefers', () => {
    expect(detectLanguage('es', ['en-US', 'en'])).toBe('es');
  });

  it('is the first of the browser languages the course speaks, regional variants included', () => {
    expect(detectLanguage(null, ['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(detectLanguage(undefined, ['EN-gb'])).toBe('en');
  });

  it('ignores a stored language the course does not speak', () => {
    expect(detectLanguage('de', ['es'])).toBe('es');
  });

  it('is English when nothing the browser prefers is offered', () => {
    expect(detectLanguage(null, ['fr', 'de-CH'])).toBe('en');
    expect(detectLanguage(null, [])).toBe('en');
  });
});
