import { LRS_SETTINGS_KEY, loadLrsSettings, saveLrsSettings } from './lrs-settings';

describe('the LRS form’s remembered settings', () => {
  beforeEach(() => localStorage.clear());

  it('keep the endpoint and course IRI, and never a secret', () => {
    const settings = { endpoint: 'https://lrs.example.com/xapi/', courseIri: 'https://learning.example.com/courses/customer-focus', password: 'secret' };
    expect(saveLrsSettings(settings)).toBe(true);
    expect(localStorage.getItem(LRS_SETTINGS_KEY)).not.toContain('secret');
    expect(loadLrsSettings()).toEqual({ endpoint: settings.endpoint, courseIri: settings.courseIri });
  });

  it('start empty when nothing or something unreadable is stored', () => {
    expect(loadLrsSettings()).toEqual({ endpoint: '', courseIri: '' });
    localStorage.setItem(LRS_SETTINGS_KEY, '{not json');
    expect(loadLrsSettings()).toEqual({ endpoint: '', courseIri: '' });
    localStorage.setItem(LRS_SETTINGS_KEY, JSON.stringify({ endpoint: 42 }));
    expect(loadLrsSettings()).toEqual({ endpoint: '', courseIri: '' });
    localStorage.setItem(LRS_SETTINGS_KEY, JSON.stringify({ endpoint: 'https://lrs.example.com/xapi/', courseIri: null }));
    expect(loadLrsSettings()).toEqual({ endpoint: '', courseIri: '' });
    localStorage.setItem(LRS_SETTINGS_KEY, JSON.stringify(['https://lrs.example.com/xapi/']));
    expect(loadLrsSettings()).toEqual({ endpoint: '', courseIri: '' });
  });

  it('keep only the two fields, whatever else was stored beside them', () => {
    localStorage.setItem(LRS_SETTINGS_KEY, JSON.stringify({ endpoint: 'e', courseIri: 'c', password: 'secret' }));
    expect(loadLrsSettings()).toEqual({ endpoint: 'e', courseIri: 'c' });
  });

  it('say so when the browser refuses to keep them', () => {
    const refusing = { setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(saveLrsSettings({ endpoint: 'a', courseIri: 'b' }, refusing)).toBe(false);
  });
});
