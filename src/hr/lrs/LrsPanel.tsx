import { memo, useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loadTone } from '../load-tone';
import { LoadResult } from '../LoadResult';
import { endpointUrl, type LrsErrorCode } from './lrs-request';
import { loadLrsSettings, saveLrsSettings } from './lrs-settings';
import type { SkipReason } from './statements-to-records';
import type { LrsRequest, LrsState } from './use-lrs-import';

type Field = 'endpoint' | 'username' | 'password' | 'courseIri';
const FIELDS: readonly Field[] = ['endpoint', 'username', 'password', 'courseIri'];

/** The field HR should look at when the LRS refuses: the address, the key, or the secret. */
const fieldOf: Record<LrsErrorCode, Field> = {
  'bad-endpoint': 'endpoint',
  blocked: 'endpoint',
  unreachable: 'endpoint',
  'not-found': 'endpoint',
  server: 'endpoint',
  'bad-response': 'endpoint',
  credentials: 'password',
  forbidden: 'username',
};

const isIri = (value: string) => {
  try {
    return Boolean(new URL(value.trim()).protocol);
  } catch {
    return false;
  }
};

/** The LRS form: endpoint, credentials and course; loads the course's statements into the report. */
export const LrsPanel = memo(function LrsPanel({ state, onLoad, onStop }: { state: LrsState; onLoad: (request: LrsRequest) => void; onStop: () => void }) {
  const { t } = useTranslation('hr');
  const id = useId();
  const [draft, setDraft] = useState(() => ({ ...loadLrsSettings(), username: '', password: '' }));
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const loadButton = useRef<HTMLButtonElement>(null);
  const loading = state.kind === 'loading';

  // When the LRS refuses, the message goes by the field to fix, and focus with it.
  const refused = state.kind === 'failed' && state.code !== 'report' ? fieldOf[state.code] : undefined;
  const errors: Partial<Record<Field, string>> = {
    ...(refused && state.kind === 'failed' ? { [refused]: t(`lrs.error.${state.code as LrsErrorCode}`, { origin: window.location.origin, status: state.status ?? '', endpoint: endpointUrl(draft.endpoint)?.origin ?? '' }) } : {}),
    ...invalid,
  };
  useEffect(() => {
    if (refused) inputs.current[refused]?.focus();
  }, [state, refused]);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (loading) return;
    const problems: Partial<Record<Field, string>> = {};
    if (!endpointUrl(draft.endpoint)) problems.endpoint = t('lrs.error.bad-endpoint');
    if (!draft.username.trim()) problems.username = t('lrs.required.username');
    if (!draft.password) problems.password = t('lrs.required.password');
    if (!isIri(draft.courseIri)) problems.courseIri = t('lrs.required.courseIri');
    setInvalid(problems);
    const first = FIELDS.find((field) => problems[field] !== undefined);
    if (first) {
      inputs.current[first]?.focus();
      return;
    }
    saveLrsSettings({ endpoint: draft.endpoint.trim(), courseIri: draft.courseIri.trim() });
    onLoad({ endpoint: draft.endpoint.trim(), credentials: { username: draft.username.trim(), password: draft.password }, courseIri: draft.courseIri });
  };

  const field = (name: Field, options: { type: 'url' | 'text' | 'password'; autoComplete: string; hint?: string }) => {
    const error = errors[name];
    const describedBy = [options.hint && `${id}-${name}-hint`, error && `${id}-${name}-error`].filter(Boolean).join(' ');
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{t(`lrs.${name}`)}</label>
        {options.hint && (
          <p id={`${id}-${name}-hint`} className="field-hint">
            {options.hint}
          </p>
        )}
        <input
          ref={(element) => {
            inputs.current[name] = element;
          }}
          id={`${id}-${name}`}
          name={name}
          type={options.type}
          value={draft[name]}
          autoComplete={options.autoComplete}
          spellCheck={false}
          aria-required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => {
            const value = event.target.value;
            setDraft((current) => ({ ...current, [name]: value }));
          }}
        />
        {error && (
          <p id={`${id}-${name}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="card hr-import hr-lrs" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('lrs.heading')}</h2>
      <p>{t('lrs.intro')}</p>
      <p className="field-hint">{t('lrs.privacy')}</p>
      <form className="profile-form" noValidate onSubmit={submit}>
        {field('endpoint', { type: 'url', autoComplete: 'url', hint: t('lrs.endpointHint') })}
        {field('username', { type: 'text', autoComplete: 'username' })}
        {field('password', { type: 'password', autoComplete: 'current-password', hint: t('lrs.passwordHint') })}
        {field('courseIri', { type: 'url', autoComplete: 'off', hint: t('lrs.courseIriHint') })}
        <div className="form-actions">
          {/* Stays focusable while loading, so keyboard focus is not lost; a second press does nothing. */}
          <button type="submit" className="button" ref={loadButton} aria-disabled={loading || undefined}>
            {t('lrs.load')}
          </button>
        </div>
      </form>

      {state.kind === 'loading' && (
        <div className="import-progress">
          <label htmlFor={`${id}-progress`}>{t('lrs.progressLabel')}</label>
          {/* How many statements the LRS holds is not known until the last page: the bar shows activity, the line the count. */}
          <progress id={`${id}-progress`} className="progress-bar" />
          <p className="field-hint" aria-hidden="true">
            {t('lrs.progress', { count: state.statements, pages: state.pages })}
          </p>
          <button
            type="button"
            className="button button-secondary import-stop"
            onClick={() => {
              onStop();
              loadButton.current?.focus();
            }}
          >
            {t('import.cancel')}
          </button>
        </div>
      )}

      <p role="status" className={state.kind === 'failed' ? 'form-status form-status-error' : 'form-status'}>
        <LrsStatus state={state} />
      </p>
    </section>
  );
});

function LrsStatus({ state }: { state: LrsState }) {
  const { t } = useTranslation('hr');
  switch (state.kind) {
    case 'loading':
      return <span className="visually-hidden">{t('lrs.reading')}</span>;
    case 'stopped':
      return t('lrs.stopped');
    case 'failed':
      return state.code === 'report' ? t('lrs.error.report') : null;
    case 'done': {
      if (state.statements === 0) return <LoadResult tone="error">{t('lrs.nothing')}</LoadResult>;
      const skipped = Object.entries(state.skipped) as Array<[SkipReason, number]>;
      const skippedCount = skipped.reduce((sum, [, count]) => sum + count, 0);
      const setAside = state.outcome.problems.length;
      return (
        <LoadResult tone={loadTone(state.found - setAside, setAside + skippedCount)}>
          {[
            t('lrs.found', { count: state.found, statements: state.statements }),
            setAside ? `; ${t('lrs.setAside', { count: setAside })}` : '',
            skippedCount ? `; ${t('lrs.skipped', { count: skippedCount, reasons: skipped.map(([reason, count]) => t(`lrs.skip.${reason}`, { count })).join(', ') })}` : '',
            `. ${t('import.learners', { count: state.outcome.learners })}`,
          ].join('')}
        </LoadResult>
      );
    }
    default:
      return null;
  }
}
