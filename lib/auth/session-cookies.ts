/** The names Auth.js gives the session cookie: plain, and `__Secure-` over HTTPS. */
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;
