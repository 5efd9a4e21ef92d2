import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { learnerOf } from '../records/profile-schema';
import { useProfile } from '../records/profile-store';
import { ProfileForm } from './ProfileForm';
import './certificate-details.css';

type Step = 'asking' | 'saved' | 'skipped';

/**
 * Shown when the final assessment starts, to a learner whose profile lacks what the certificate
 * is made out to: a short form for the name and employee ID, which they may skip (the course's
 * completion screen asks again). Nothing for a learner who already gave them.
 */
export function CertificateDetailsPrompt() {
  const { t } = useTranslation('records');
  const headingId = useId();
  const name = useProfile((s) => s.name);
  // Decided once, on arrival: saving must not make the form vanish mid-sentence.
  const [step, setStep] = useState<Step | 'not-needed'>(() => (learnerOf(useProfile.getState()) ? 'not-needed' : 'asking'));
  const note = useRef<HTMLParagraphElement>(null);

  // The form goes away on save or skip: focus goes to the line that replaces it, not to the page.
  useEffect(() => {
    if (step === 'saved' || step === 'skipped') note.current?.focus();
  }, [step]);

  if (step === 'not-needed') return null;
  if (step !== 'asking') {
    return (
      <p ref={note} tabIndex={-1} className="certificate-details-note">
        {step === 'saved' ? `✓ ${t('certificateDetails.saved', { name })}` : t('certificateDetails.skipped')}
      </p>
    );
  }
  return (
    <section className="certificate-details card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('certificateDetails.heading')}</h2>
      <p>{t('certificateDetails.intro')}</p>
      <ProfileForm plain fields={['name', 'employeeId']} submitLabel={t('certificateDetails.save')} onSaved={() => setStep('saved')}>
        <button type="button" className="button button-secondary" onClick={() => setStep('skipped')}>
          {t('certificateDetails.skip')}
        </button>
      </ProfileForm>
    </section>
  );
}
