/** DevTools messages over Chromium's pipes: NUL-framed, whatever way the bytes arrive in chunks. */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { PipeTransport } from "./pipe-transport.ts";

function connected() {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const transport = new PipeTransport(toBrowser, fromBrowser);
  const received: string[] = [];
  transport.onmessage = (message) => received.push(message);
  return { toBrowser, fromBrowser, transport, received };
}

const settle = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

describe("PipeTransport", () => {
  it("ends every command with a NUL byte", () => {
    const { toBrowser, transport } = connected();
    transport.send('{"id":1}');
    transport.send('{"id":2}');
    expect(toBrowser.read().toString()).toBe('{"id":1}\0{"id":2}\0');
  });

  it("splits replies at NUL bytes, across chunks and with several in one chunk", async () => {
    const { fromBrowser, received } = connected();
    fromBrowser.write(Buffer.from('{"id":1,"result":"é'));
    fromBrowser.write(Buffer.from('tat"}\0{"id":2}\0{"id"'));
    fromBrowser.write(Buffer.from(":3}\0"));
    await settle();
    expect(received).toEqual(['{"id":1,"result":"état"}', '{"id":2}', '{"id":3}']);
  });

  it("keeps a character split between two chunks whole", async () => {
    const { fromBrowser, received } = connected();
    const bytes = Buffer.from('"ب"\0');
    fromBrowser.write(bytes.subarray(0, 2));
    fromBrowser.write(bytes.subarray(2));
    await settle();
    expect(received).toEqual(['"ب"']);
  });

  it("tells puppeteer when Chromium closes its end, and sends nothing once closed", async () => {
    const { toBrowser, fromBrowser, transport } = connected();
    let closed = false;
    transport.onclose = () => (closed = true);
    fromBrowser.destroy();
    await settle();
    expect(closed).toBe(true);
    transport.close();
    transport.send('{"id":9}');
    expect(toBrowser.read()).toBeNull();
  });
});
