import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { checkProfile, type ProfileProblems, type ProfileState } from '../records/profile-schema';
import { useProfile, useProfileStorageStatus } from '../records/profile-store';
import '../ui/records.css';

type Field = keyof ProfileState;
const FIELDS: readonly Field[] = ['name', 'employeeId', 'email'];

const problemKeys = {
  name: { required: 'profile.problem.name.required', 'too-long': 'profile.problem.name.too-long' },
  employeeId: { required: 'profile.problem.employeeId.required', 'too-long': 'profile.problem.employeeId.too-long' },
  email: { invalid: 'profile.problem.email.invalid', 'too-long': 'profile.problem.email.too-long' },
} as const;

function problemKey(field: Field, problems: ProfileProblems) {
  if (field === 'email') return problems.email && problemKeys.email[problems.email];
  const code = problems[field];
  return code && problemKeys[field][code];
}

/** Name, employee id and email: kept on this device, needed before a record can be exported. */
export function ProfilePage() {
  const { t } = useTranslation('records');
  const saved = useProfile(useShallow((s) => ({ name: s.name, employeeId: s.employeeId, email: s.email })));
  const saveProfile = useProfile((s) => s.saveProfile);
  const [draft, setDraft] = useState<ProfileState>(saved);
  const [problems, setProblems] = useState<ProfileProblems>({});
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');
  const id = useId();
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const complete = checkProfile(saved).ok;

  useEffect(() => {
    document.title = t('profile.title');
  }, [t]);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const check = checkProfile(draft);
    if (check.ok) {
      saveProfile(check.profile);
      setDraft(check.profile);
      setProblems({});
      setStatus('saved');
      return;
    }
    setProblems(check.problems);
    setStatus('invalid');
    inputs.current[FIELDS.find((field) => problemKey(field, check.problems))!]?.focus();
  };

  const field = (name: Field, options: { required: boolean; autoComplete?: string; type?: string; hint?: string }) => {
    const key = problemKey(name, problems);
    const describedBy = [options.hint && `${id}-${name}-hint`, key && `${id}-${name}-error`].filter(Boolean).join(' ');
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>
          {t(`profile.${name}`)} <span className="field-note">{options.required ? t('profile.required') : t('profile.optional')}</span>
        </label>
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
          type={options.type ?? 'text'}
          value={draft[name]}
          autoComplete={options.autoComplete}
          aria-required={options.required || undefined}
          aria-invalid={key ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => {
            setDraft((d) => ({ ...d, [name]: e.target.value }));
            setStatus('idle');
          }}
        />
        {key && (
          <p id={`${id}-${name}-error`} className="field-error">
            {t(key)}
          </p>
        )}
      </div>
    );
  };

  return (
    <div className="records-page">
      <h1>{t('profile.title')}</h1>
      <p className="page-intro">{t('profile.intro')}</p>
      <ProfileStorageNotices />
      <form className="card profile-form" noValidate onSubmit={submit}>
        {field('name', { required: true, autoComplete: 'name' })}
        {field('employeeId', { required: true, autoComplete: 'off' })}
        {field('email', { required: false, autoComplete: 'email', type: 'email', hint: t('profile.emailHint') })}
        <div className="form-actions">
          <button type="submit" className="button">
            {t('profile.save')}
          </button>
        </div>
        <p role="status" className={status === 'invalid' ? 'form-status form-status-error' : 'form-status'}>
          {status === 'saved' ? `✓ ${t('profile.saved')}` : status === 'invalid' ? t('profile.fixErrors') : ''}
        </p>
      </form>
      {complete && (
        <p>
          <Link className="button button-secondary" to="/progress">
            {t('profile.goToProgress')}
          </Link>
        </p>
      )}
    </div>
  );
}

function ProfileStorageNotices() {
  const { t } = useTranslation('records');
  const notices = useProfileStorageStatus((s) => s.notices);
  const dismiss = useProfileStorageStatus((s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div role="alert">
      {notices.map((n) => (
        <div key={n.code} className="notice">
          <p>{t(`profile.storage.${n.code}`, { key: n.backupKey ?? '' })}</p>
          <button type="button" className="link-button" onClick={() => dismiss(n.code)}>
            {t('profile.storage.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
