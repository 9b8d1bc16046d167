// Preloaded into the server under test by bench/moderation/run.ts (`node --import tsx --import
// ./bench/moderation/session-secret.ts server/index.ts`), never by the application itself.
// A user's private room is named with an HMAC of the session secret, and the moderation worker
// sends `post:status` to that name: the server and the worker need the same secret, and
// bench/lib/server.ts gives the server a fresh random one that the benchmark cannot read. This
// replaces it with the run's before the server reads its configuration. Nothing else changes.
const secret = process.env.MOD_BENCH_SESSION_SECRET;
if (secret) process.env.SESSION_SECRET = secret;

export {};
