import { useId, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { checkProfile, type ProfileProblems, type ProfileState } from '../records/profile-schema';
import { useProfile } from '../records/profile-store';
import '../ui/records.css';

export type ProfileField = keyof ProfileState;

const problemKeys = {
  name: { required: 'profile.problem.name.required', 'too-long': 'profile.problem.name.too-long' },
  employeeId: { required: 'profile.problem.employeeId.required', 'too-long': 'profile.problem.employeeId.too-long' },
  email: { invalid: 'profile.problem.email.invalid', 'too-long': 'profile.problem.email.too-long' },
} as const;

function problemKey(field: ProfileField, problems: ProfileProblems) {
  if (field === 'email') return problems.email && problemKeys.email[problems.email];
  const code = problems[field];
  return code && problemKeys[field][code];
}

const FIELD_OPTIONS: Record<ProfileField, { required: boolean; autoComplete: string; type?: string }> = {
  name: { required: true, autoComplete: 'name' },
  employeeId: { required: true, autoComplete: 'off' },
  email: { required: false, autoComplete: 'email', type: 'email' },
};

export interface ProfileFormProps {
  /** The fields shown, in order; the others keep what the profile holds. */
  fields: readonly ProfileField[];
  submitLabel: string;
  /** Said in the status line once saved; nothing when the form goes away on save. */
  savedMessage?: string;
  onSaved?: () => void;
  /** More actions beside the submit button (Skip, say). */
  children?: ReactNode;
  /** A card of its own on a page; plain inside another card. */
  plain?: boolean;
}

/**
 * The learner's name, employee ID and email, checked with the record's rules and saved in the
 * profile store. The profile page shows every field; the assessment and the course's end ask
 * only for what the certificate needs.
 */
export function ProfileForm({ fields, submitLabel, savedMessage, onSaved, children, plain = false }: ProfileFormProps) {
  const { t } = useTranslation('records');
  const saved = useProfile(useShallow((s) => ({ name: s.name, employeeId: s.employeeId, email: s.email })));
  const saveProfile = useProfile((s) => s.saveProfile);
  const [draft, setDraft] = useState<ProfileState>(saved);
  const [problems, setProblems] = useState<ProfileProblems>({});
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');
  const id = useId();
  const inputs = useRef<Partial<Record<ProfileField, HTMLInputElement | null>>>({});

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const check = checkProfile(draft);
    if (check.ok) {
      saveProfile(check.profile);
      setDraft(check.profile);
      setProblems({});
      setStatus('saved');
      onSaved?.();
      return;
    }
    setProblems(check.problems);
    setStatus('invalid');
    inputs.current[fields.find((field) => problemKey(field, check.problems)) ?? fields[0]!]?.focus();
  };

  const field = (name: ProfileField) => {
    const options = FIELD_OPTIONS[name];
    const hint = name === 'email' ? t('profile.emailHint') : undefined;
    const key = problemKey(name, problems);
    const describedBy = [hint && `${id}-${name}-hint`, key && `${id}-${name}-error`].filter(Boolean).join(' ');
    return (
      <div className="field" key={name}>
        <label htmlFor={`${id}-${name}`}>
          {t(`profile.${name}`)} <span className="field-note">{options.required ? t('profile.required') : t('profile.optional')}</span>
        </label>
        {hint && (
          <p id={`${id}-${name}-hint`} className="field-hint">
            {hint}
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
    <form className={plain ? 'profile-form' : 'card profile-form'} noValidate onSubmit={submit}>
      {fields.map(field)}
      <div className="form-actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {children}
      </div>
      <p role="status" className={status === 'invalid' ? 'form-status form-status-error' : 'form-status'}>
        {status === 'saved' && savedMessage ? `✓ ${savedMessage}` : status === 'invalid' ? t('profile.fixErrors') : ''}
      </p>
    </form>
  );
}
