/**
 * A build uses no network. The build runs under strace, which records every connect() and
 * send by the build and its Chromium: no name is looked up (no connection to a DNS server's
 * port 53), no stream socket connects anywhere but this machine, and nothing is sent out.
 * Chromium's check of which address families are reachable connects a datagram socket to a
 * public address and sends nothing on it: such a socket counts only when it sends. Without
 * strace (installed by scripts/install-deps.sh) the test says so and fails.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/lib/project-paths.ts";
import { smallArticle } from "./fault-helpers.ts";

/** The address a strace line connects or sends to, when it is outside this machine. */
function remoteAddress(line: string): string | undefined {
  const address = /inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)"/.exec(line);
  const host = address?.[1] ?? address?.[2];
  if (!host || host.startsWith("127.") || host === "::1" || host === "::ffff:127.0.0.1") return undefined;
  return `${host} port ${/htons\((\d+)\)/.exec(line)?.[1] ?? "?"}`;
}

describe("a build", () => {
  it("looks up no name and connects to nothing outside this machine", () => {
    const strace = (() => {
      try {
        execFileSync("strace", ["-V"], { stdio: "ignore" });
        return true;
      } catch {
        return false;
      }
    })();
    expect(strace, "strace is not installed: run scripts/install-deps.sh").toBe(true);
    const work = mkdtempSync(join(tmpdir(), "press-network-"));
    const source = join(work, "offline.md");
    writeFileSync(source, smallArticle("offline", 1));
    const log = join(work, "strace.log");
    execFileSync(
      "strace",
      ["-f", "-qq", "-yy", "-e", "trace=connect,sendto,sendmsg", "-e", "signal=none", "-o", log, process.execPath, join(projectRoot, "scripts", "run-bundled.mjs"), join(projectRoot, "scripts", "build.ts"), source, "--out", join(work, "out")],
      { cwd: projectRoot, env: { ...process.env, DEBUG: "", PRESS_CACHE_DIR: join(work, "cache") }, stdio: "ignore", timeout: 240_000 },
    );
    // strace -yy names each descriptor's socket: `23<UDP:[…]>`, `40<TCPv6:[…]>`.
    const connectedOut = new Set<string>();
    const outside: string[] = [];
    for (const line of readFileSync(log, "utf8").split("\n")) {
      const call = /^(\d+)\s+(connect|sendto|sendmsg)\((\d+)<(\w+)/.exec(line);
      if (!call) continue;
      const [, pid, name, fd, kind] = call;
      const where = remoteAddress(line);
      if (name === "connect") {
        if (!where) continue;
        if (where.endsWith(" port 53")) outside.push(`name lookup: ${where}`);
        else if (!kind?.startsWith("UDP")) outside.push(`connection: ${where}`);
        // A datagram socket only takes its destination by connecting; what it sends is checked below.
        else connectedOut.add(`${pid}:${fd}`);
      } else if (where || (kind?.startsWith("UDP") && connectedOut.has(`${pid}:${fd}`))) {
        // (A descriptor number is used again once closed: a send on it counts only while it is still a datagram socket.)
        outside.push(`sent: ${line.slice(0, 160)}`);
      }
    }
    // The build did run, under strace, and printed its PDF.
    expect(readFileSync(join(work, "out", "offline", "offline.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    expect(outside).toEqual([]);
  }, 300_000);
});
