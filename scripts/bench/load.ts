// One load run with autocannon: a fixed number of connections for a fixed time, every answer
// checked for its status (a benchmark of error pages would flatter us).
import autocannon from "autocannon";

export interface LoadResult {
  name: string;
  path: string;
  method: "GET" | "POST";
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  /** The status answers were expected to have, and how many had another. */
  unexpected: number;
  bytesPerRequest: number;
  /** Median latency with a single connection, when measured. */
  aloneP50?: number;
}

export interface LoadSpec {
  name: string;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** A fresh body per request (creates must not collide). */
  body?: () => string;
  status?: number;
}

export async function load(base: string, spec: LoadSpec, connections: number, seconds: number): Promise<LoadResult> {
  let unexpected = 0;
  const latencies: number[] = [];
  const expected = spec.status ?? 200;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options: autocannon.Options = {
      url: base + spec.path,
      connections,
      duration: seconds,
      method: spec.method ?? "GET",
      headers: spec.headers,
      requests: spec.body ? [{ setupRequest: (req) => ({ ...req, body: spec.body!() }) }] : undefined,
    };
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, statusCode, _bytes, ms) => {
      if (statusCode !== expected) unexpected += 1;
      latencies.push(ms);
    });
  });
  // autocannon's histogram has no p95; every answer's time is kept, so rank them exactly.
  const sorted = Float64Array.from(latencies).sort();
  const rank = (p: number) => (sorted.length ? sorted[Math.ceil((p / 100) * sorted.length) - 1] : NaN);
  return {
    name: spec.name,
    path: spec.path,
    method: spec.method ?? "GET",
    requestsPerSecond: result.requests.total / seconds,
    p50: rank(50),
    p95: rank(95),
    p99: rank(99),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    unexpected,
    bytesPerRequest: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
}
