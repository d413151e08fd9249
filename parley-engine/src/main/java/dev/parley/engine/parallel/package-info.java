/**
 * Threads for the engine's parallel runs: {@link dev.parley.engine.parallel.WorkerThreads} starts a worker loop on
 * T threads, stops them on failure, cancellation or interrupt, and joins them. The runs themselves (the Monte Carlo
 * draws, a tournament's negotiations, the escalation comparison's draws) own their work counters and result slots, which keeps their results
 * independent of T.
 */
package dev.parley.engine.parallel;
