// The two persisted stores as a restore writes them. Their storage never throws: a write that did
// not reach storage leaves a notice on the store's board instead, which is how a write is checked.
import type { ProgressState } from '../progress/progress-schema';
import { useStorageStatus } from '../progress/progress-storage';
import { useProgress, type ProgressStoreApi } from '../progress/progress-store';
import type { StorageNotice } from '../storage/versioned-storage';
import type { LearnerSlots } from './backup';
import type { ProfileState } from './profile-schema';
import { useProfile, useProfileStorageStatus, type createProfileStore } from './profile-store';

type ProfileStoreApi = ReturnType<typeof createProfileStore>;

/** A write just made failed if its store's board says so: a successful save clears both notices. */
const unsaved = (notices: readonly StorageNotice[]) => notices.some((notice) => notice.code === 'save-failed' || notice.code === 'unavailable');

const progressOf = ({ lessons, quizzes, reflections, lastLesson }: ProgressState): ProgressState =>
  lastLesson === undefined ? { lessons, quizzes, reflections } : { lessons, quizzes, reflections, lastLesson };
const profileOf = ({ name, employeeId, email }: ProfileState): ProfileState => ({ name, employeeId, email });

export function learnerSlots(progress: ProgressStoreApi = useProgress, profile: ProfileStoreApi = useProfile): LearnerSlots {
  // The date of the last reset or restore when the progress was last read: an undo puts back what was read.
  let resetBefore: string | undefined;
  return {
    progress: {
      read: () => {
        resetBefore = progress.getState().resetAt;
        return progressOf(progress.getState());
      },
      write: (state, as) => {
        // A restore is dated like a reset, so another tab's older copy does not merge the old
        // progress back; an undo puts back the date the device had (a backup does not carry it).
        if (as === 'restore') progress.getState().replaceAll(state, true);
        else progress.getState().replaceAll(resetBefore === undefined ? state : { ...state, resetAt: resetBefore }, false);
        return !unsaved(useStorageStatus.getState().notices);
      },
    },
    profile: {
      read: () => profileOf(profile.getState()),
      write: (state) => {
        profile.getState().saveProfile(state);
        return !unsaved(useProfileStorageStatus.getState().notices);
      },
    },
  };
}
