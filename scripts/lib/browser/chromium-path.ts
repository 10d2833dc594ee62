/** Finds the system Chromium, or explains how to install it. */
import { accessSync, constants } from "node:fs";
import { ToolError } from "../errors.ts";

const candidates = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** CHROMIUM_PATH wins; otherwise the first Chromium found on the usual Debian/Ubuntu paths. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.CHROMIUM_PATH;
  if (override) {
    if (isExecutable(override)) return override;
    throw new ToolError(`CHROMIUM_PATH is set to ${override}, but no executable is there`, { code: "chromium-missing" });
  }
  const found = candidates.find(isExecutable);
  if (found) return found;
  throw new ToolError("Chromium is not installed; install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)", {
    code: "chromium-missing",
  });
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
