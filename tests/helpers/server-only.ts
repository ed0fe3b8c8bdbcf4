// Tests run on the server: "server-only" has nothing to guard there.
export {};
