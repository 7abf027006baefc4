/** Main-thread tasks of 50 ms or more (the Long Tasks API threshold) seen while `work` runs. */
export interface LongTasks {
  readonly longestMs: number;
  readonly over100: number;
  readonly count: number;
}

/** Ends the current task, so a long task it was part of has been reported. */
const nextTask = () => new Promise<void>((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
});

export async function watchLongTasks<T>(work: () => Promise<T>): Promise<{ result: T; longTasks: LongTasks }> {
  // Start in a task of our own: whatever the caller did synchronously before (e.g. a digest loop) is not ours to count.
  await nextTask();
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) durations.push(entry.duration); });
  observer.observe({ type: 'longtask', buffered: false });
  try {
    const result = await work();
    await nextTask();
    for (const entry of observer.takeRecords()) durations.push(entry.duration);
    return { result, longTasks: { longestMs: Math.max(0, ...durations), over100: durations.filter((ms) => ms > 100).length, count: durations.length } };
  } finally {
    observer.disconnect();
  }
}

/** Proves the observer works in this browser: a deliberate 150 ms busy loop must show up. */
export async function longTaskProbe(): Promise<LongTasks> {
  const { longTasks } = await watchLongTasks(async () => {
    await nextTask();
    const until = performance.now() + 150;
    while (performance.now() < until) { /* busy on purpose */ }
  });
  return longTasks;
}
