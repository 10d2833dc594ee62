/**
 * The DevTools protocol over the two pipes Chromium opens with --remote-debugging-pipe
 * (fd 3 for commands in, fd 4 for replies out), framed by NUL bytes. A pipe, not a TCP port:
 * no other process on the machine can attach to the build's browser.
 */
import type { Readable, Writable } from "node:stream";
import type { ConnectionTransport } from "puppeteer-core";

export class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  private pending: Buffer[] = [];
  private closed = false;

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.on("data", (chunk: Buffer) => this.receive(chunk));
    fromBrowser.on("close", () => this.onclose?.());
    // A write after Chromium died fails here; the closed read side already told puppeteer.
    toBrowser.on("error", () => undefined);
    fromBrowser.on("error", () => undefined);
  }

  send(message: string): void {
    if (this.closed) return;
    this.toBrowser.write(`${message}\0`);
  }

  close(): void {
    this.closed = true;
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    let end = chunk.indexOf(0);
    while (end !== -1) {
      this.pending.push(chunk.subarray(start, end));
      const message = Buffer.concat(this.pending).toString("utf8");
      this.pending = [];
      // Delivered one per macrotask, as puppeteer expects: a handler may await between messages.
      setImmediate(() => this.onmessage?.(message));
      start = end + 1;
      end = chunk.indexOf(0, start);
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start));
  }
}
