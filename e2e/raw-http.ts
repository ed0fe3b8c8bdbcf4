// A request written byte for byte on a socket, for what an HTTP client will not send: a Host
// that is no host, no Host at all, a request line longer than the parser takes.
import net from "node:net";

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function rawRequest(port: number, text: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, "127.0.0.1", () => socket.write(text));
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const answer = Buffer.concat(chunks).toString("utf8");
      const at = answer.indexOf("\r\n\r\n");
      const [statusLine, ...lines] = answer.slice(0, at < 0 ? answer.length : at).split("\r\n");
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(":");
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: at < 0 ? "" : answer.slice(at + 4) });
    });
  });
}

/** A GET with the headers given, on a connection closed after the answer. */
export const rawGet = (port: number, target: string, headers: string[]) => rawRequest(port, `GET ${target} HTTP/1.1\r\n${[...headers, "Connection: close"].join("\r\n")}\r\n\r\n`);
