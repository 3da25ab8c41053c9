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

type Kind = 'ours' | 'other' | 'neutral';
/** Samples of a thread with nothing to do, or busy outside scripts: they end a run. */
const IDLE = new Set(['(idle)', '(program)']);

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
  const memo = new Map<number, Kind>();
  /** Ours: that code is on the stack; neutral: no script at all (garbage collection, natives). */
  const kind = (id: number): Kind => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const p = parent.get(id);
    let value: Kind;
    if (!node) value = 'other';
    else if (p === undefined)
      value = 'neutral'; // the root
    else if (ours(node.callFrame.url)) value = 'ours';
    else {
      const up = kind(p);
      if (up !== 'neutral') value = up;
      else if (node.callFrame.url || IDLE.has(node.callFrame.functionName)) value = 'other';
      else value = 'neutral';
    }
    memo.set(id, value);
    return value;
  };
  let samples = 0;
  let wall = 0;
  let longest = { samples: 0, wall: 0 };
  let total = 0;
  profile.samples.forEach((id, i) => {
    const k = kind(id);
    // Garbage collection and natives continue a run of this code's samples (they are its
    // work: its allocations), but do not start one.
    if (k === 'ours' || (k === 'neutral' && samples > 0)) {
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
