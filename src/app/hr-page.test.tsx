import { render, screen } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import i18n, { loadNamespace } from '../i18n/i18n';
import { routes } from './router';

const t = i18n.getFixedT('en', 'hr');

beforeAll(async () => {
  // The page loads the course's labels once it is up; loaded here, that import is answered before
  // a test ends instead of running on after it.
  await Promise.all([loadNamespace('hr'), import('../hr/hr-labels')]);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const renderHr = () => render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/hr'] })} />);

describe('the HR page', () => {
  it('offers to load records on a secure page', async () => {
    vi.stubGlobal('isSecureContext', true);
    renderHr();
    expect(await screen.findByLabelText(t('import.choose'))).toBeInTheDocument();
    expect(screen.getByLabelText(t('import.chooseFolder'))).toBeInTheDocument();
  });

  it('explains, instead of failing later, that records can be checked only on a secure (https) page', async () => {
    vi.stubGlobal('isSecureContext', false);
    renderHr();
    expect(await screen.findByRole('alert')).toHaveTextContent(t('import.insecure'));
    expect(screen.queryByLabelText(t('import.choose'))).not.toBeInTheDocument();
  });
});
