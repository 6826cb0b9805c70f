/** What every link leaving the site carries: no ranking credit, no window.opener, no referrer. */
export const EXTERNAL_REL = 'nofollow noopener noreferrer';

export const isExternal = (href: string): boolean => /^https?:\/\//i.test(href.trim());
