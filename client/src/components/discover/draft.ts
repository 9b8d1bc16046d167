// The draft of a question being asked, kept in sessionStorage so that opening a similar question
// (same tab) or reloading the page loses nothing. One draft per member: another account logging
// in on the same tab never sees it.

export interface QuestionDraft {
  title: string;
  body: string;
  tags: string[];
  anonymous: boolean;
}

const key = (userId: number) => `entraide:brouillon-question:${userId}`;

function isDraft(value: unknown): value is QuestionDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    typeof draft.title === 'string' &&
    typeof draft.body === 'string' &&
    Array.isArray(draft.tags) &&
    draft.tags.every((tag) => typeof tag === 'string') &&
    typeof draft.anonymous === 'boolean'
  );
}

export function isEmptyDraft(draft: QuestionDraft): boolean {
  return !draft.title.trim() && !draft.body.trim() && draft.tags.length === 0 && !draft.anonymous;
}

export function readDraft(userId: number): QuestionDraft | null {
  try {
    const raw = sessionStorage.getItem(key(userId));
    const value: unknown = raw ? JSON.parse(raw) : null;
    return isDraft(value) && !isEmptyDraft(value) ? value : null;
  } catch {
    // Storage disabled or a corrupt entry: start from a blank form.
    return null;
  }
}

export function saveDraft(userId: number, draft: QuestionDraft): void {
  try {
    if (isEmptyDraft(draft)) sessionStorage.removeItem(key(userId));
    else sessionStorage.setItem(key(userId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, only without a draft.
  }
}

export function clearDraft(userId: number): void {
  try {
    sessionStorage.removeItem(key(userId));
  } catch {
    // Nothing was stored.
  }
}
