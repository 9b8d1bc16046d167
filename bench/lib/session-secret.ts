// Preloaded into the server under test by the reputation and moderation benchmarks
// (`node --import tsx --import ./bench/lib/session-secret.ts server/index.ts`), never by the
// application itself. A user's private room is named with an HMAC of the session secret, and the
// workers publish to that name (`reputation:updated`, `post:status`): the server and the workers
// need the same secret. bench/lib/server.ts gives the server a fresh random one, which the
// benchmark cannot read; this replaces it with the run's, before the server reads its
// configuration. Nothing else changes. Shared: both benchmarks need exactly this.
const secret = process.env.LOAD_BENCH_SESSION_SECRET;
if (secret) process.env.SESSION_SECRET = secret;

export {};
