// Preloaded into the server under test by bench/reputation/run.ts (`node --import tsx --import
// ./bench/reputation/session-secret.ts server/index.ts`), never by the application itself.
// A user's private room is named with an HMAC of the session secret, and the reputation worker
// publishes `reputation:updated` to that name: both processes need the same secret.
// bench/lib/server.ts gives the server a fresh random one, which the benchmark cannot read; this
// replaces it with the run's, before the server reads its configuration. Nothing else changes.
const secret = process.env.REP_BENCH_SESSION_SECRET;
if (secret) process.env.SESSION_SECRET = secret;

export {};
