// CPU profiles of the extension host's own thread (node:inspector, in-process): how long did
// code from one bundle hold the thread in one go?
import * as inspector from 'node:inspector';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  /** Microseconds before each sample. */
  timeDeltas: number[];
}

/** Run `work` under the CPU profiler (sampling every `intervalUs` µs). */
export async function profiled<T>(
  work: () => Promise<T>,
  intervalUs = 500,
): Promise<{ result: T; profile: CpuProfile }> {
  const session = new inspector.Session();
  session.connect();
  const post = <R>(method: string, params?: object): Promise<R> =>
    new Promise((resolve, reject) =>
      session.post(method, params, (error, result) =>
        error ? reject(error) : resolve(result as R),
      ),
    );
  try {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: intervalUs });
    await post('Profiler.start');
    let outcome: { ok: true; result: T } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, result: await work() };
    } catch (error) {
      outcome = { ok: false, error };
    }
    const { profile } = await post<{ profile: CpuProfile }>('Profiler.stop');
    if (!outcome.ok) throw outcome.error;
    return { result: outcome.result, profile };
  } finally {
    session.disconnect();
  }
}

/** How long code held the thread in one go, by two measures. */
export interface Runs {
  /**
   * The longest run of consecutive samples with that code on the stack, as CPU time: samples
   * × the sampling interval. A process the machine takes off the CPU for a while shows as one
   * long sample, which this counts once.
   */
  longestCpuMs: number;
  /** The same run's wall-clock time (what the user would feel; includes such pauses). */
  longestWallMs: number;
  /** All samples with that code on the stack, as CPU time. */
  totalCpuMs: number;
}

/**
 * The runs of consecutive samples in which a frame whose URL satisfies `ours` is on the stack
 * (the code itself or anything it called).
 */
export function longestRun(
  profile: CpuProfile,
  ours: (url: string) => boolean,
  intervalUs = 500,
): Runs {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const p = parent.get(id);
    const value = Boolean(node && ours(node.callFrame.url)) || (p !== undefined && isOurs(p));
    memo.set(id, value);
    return value;
  };
  let samples = 0;
  let wall = 0;
  let longest = { samples: 0, wall: 0 };
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (isOurs(id)) {
      samples++;
      total++;
      // A sample stands for the time until the next one.
      wall += profile.timeDeltas[i + 1] ?? 0;
      if (samples > longest.samples) longest = { samples, wall };
    } else {
      samples = 0;
      wall = 0;
    }
  });
  return {
    longestCpuMs: (longest.samples * intervalUs) / 1000,
    longestWallMs: longest.wall / 1000,
    totalCpuMs: (total * intervalUs) / 1000,
  };
}
