// The names of Varde's own cookies, shared by the session middleware and the sign-in and language routes.
export const sessionCookie = 'varde_session';
export const languageCookie = 'varde_lang';
