// Preloaded into the server under test by bench/realtime/run.ts (`node --expose-gc --import tsx
// --import ./bench/realtime/server-gc.ts server/index.ts`), never by the application itself. On
// SIGUSR2 it runs a full garbage collection and prints a marker line, so that the heap read from
// /metrics right after is the live heap (connections, rooms), not whatever garbage V8 has not
// collected yet. Nothing else changes in the server.
const collect = (globalThis as { gc?: () => void }).gc;

process.on('SIGUSR2', () => {
  const started = performance.now();
  collect?.();
  collect?.(); // a second pass frees what the first one's finalizers released
  process.stdout.write(
    `${JSON.stringify({ benchGc: collect ? 'done' : 'unavailable', ms: Math.round(performance.now() - started) })}\n`,
  );
});

export {};
