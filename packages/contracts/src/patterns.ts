/**
 * Mainland mobile (13x–19x), landline with area code and optional extension, or a bare
 * 7–8 digit local number; an optional +86 prefix. Residents give all of these at the desk.
 */
export const PHONE_PATTERN = '^(?:\\+?86[- ]?)?(?:1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(?:-\\d{1,6})?|\\d{7,8})$';

export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';

/** Department and key codes: upper-case letters, digits, dash. */
export const CODE_PATTERN = '^[A-Z0-9][A-Z0-9-]{0,29}$';
