/**
 * Side-by-side writes that all finish before a failure is reported. With Promise.all the first
 * failure ends the invocation while the other writes are still under way; one of them can then
 * land after the retry's write of the same item (found by the fault matrix: an old plan's schedule
 * overwrote the new one, so its prompt would never be sent).
 */
export async function allWrites(writes: Iterable<Promise<unknown>>): Promise<void> {
  const results = await Promise.allSettled(writes);
  const failure = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failure) throw failure.reason;
}
