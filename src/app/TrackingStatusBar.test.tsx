import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import i18n, { loadNamespace } from '../i18n/i18n';
import { useTrackingStatus } from '../tracking/tracking-status';
import { TrackingStatusBar } from './TrackingStatusBar';

const t = i18n.getFixedT('en', 'tracking');

beforeAll(() => loadNamespace('tracking'));

afterEach(() => act(() => useTrackingStatus.setState({ mode: 'standalone', report: undefined, exit: undefined }, true)));

describe('TrackingStatusBar', () => {
  it('shows nothing when the course runs on its own', () => {
    const { container } = render(<TrackingStatusBar />);
    expect(container).toBeEmptyDOMElement();
  });

  it('says the work reached the LMS, without announcing every save', () => {
    act(() => useTrackingStatus.setState({ mode: 'scorm2004', report: { phase: 'saved', at: '2026-12-04T10:00:00.000Z' } }));
    render(<TrackingStatusBar />);
    expect(screen.getByText(t('saved.lms'))).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('counts what is waiting for the LRS', () => {
    act(() => useTrackingStatus.setState({ mode: 'xapi', report: { phase: 'pending', pending: 3 } }));
    render(<TrackingStatusBar />);
    expect(screen.getByText('Waiting to send 3 updates to the learning record store. They are kept on this device meanwhile.')).toBeVisible();
  });

  it('tells a learner whose results wait for their details where to give them', () => {
    act(() => useTrackingStatus.setState({ mode: 'xapi', report: { phase: 'pending', pending: 2, waiting: 'learner-details' } }));
    render(<TrackingStatusBar />, { wrapper: MemoryRouter });
    expect(screen.getByText(/Waiting to send 2 updates/)).toBeVisible();
    expect(screen.getByRole('link', { name: t('learner-details.link') })).toHaveAttribute('href', '/profile');
  });

  it('announces an LMS error in plain words with what the LMS said, and the learner goes on', () => {
    act(() => useTrackingStatus.setState({ mode: 'scorm12', report: { phase: 'error', pending: 1, code: 'rejected', detail: 'General commit failure' } }));
    render(<TrackingStatusBar />);
    expect(screen.getByRole('status')).toHaveTextContent(t('error.rejected.lms'));
    expect(screen.getByText(/General commit failure/)).toBeVisible();
  });

  it('offers an exit back to the LMS when the launch gave one', async () => {
    const exit = vi.fn();
    act(() => useTrackingStatus.setState({ mode: 'cmi5', report: { phase: 'saved', at: '2026-12-04T10:00:00.000Z' }, exit }));
    render(<TrackingStatusBar />);
    await userEvent.click(screen.getByRole('button', { name: t('exit') }));
    expect(exit).toHaveBeenCalledOnce();
  });
});
