import { describe, expect, it } from "vitest";
import { parseEpubcheckOutput, runEpubcheck } from "./epubcheck.ts";

describe("parseEpubcheckOutput", () => {
  it("reads a clean run (EPUBCheck 4.2.6 output)", () => {
    const output = "Validating using EPUB version 3.2 rules.\nNo errors or warnings detected.\nMessages: 0 fatals / 0 errors / 0 warnings / 0 infos\n\nEPUBCheck completed\n";
    const result = parseEpubcheckOutput(output);
    expect(result).toMatchObject({ status: "passed", fatals: 0, errors: 0, warnings: 0, messages: [] });
    expect(result.summary).toBe("EPUBCheck: 0 fatals / 0 errors / 0 warnings");
  });

  it("reads a failed run with its messages", () => {
    const output = [
      "ERROR(PKG-003): bad.epub(-1,-1): Unable to read EPUB file header.  This is likely a corrupted EPUB file.",
      "FATAL(PKG-008): bad.epub(-1,-1): Unable to read file \"zip END header not found\".",
      "",
      "Check finished with errors",
      "Messages: 1 fatal / 1 error / 0 warnings / 0 infos",
    ].join("\n");
    const result = parseEpubcheckOutput(output);
    expect(result).toMatchObject({ status: "failed", fatals: 1, errors: 1, warnings: 0 });
    expect(result.summary).toBe("EPUBCheck: 1 fatal / 1 error / 0 warnings");
    expect(result.messages[0]).toMatch(/^ERROR\(PKG-003\)/);
  });

  it("counts warnings as a failure", () => {
    const result = parseEpubcheckOutput("WARNING(RSC-017): x.epub/EPUB/a.xhtml(3,1): something\nMessages: 0 fatals / 0 errors / 1 warning / 0 infos\n");
    expect(result.status).toBe("failed");
    expect(result.summary).toBe("EPUBCheck: 0 fatals / 0 errors / 1 warning");
  });
});

describe("runEpubcheck", () => {
  it("says in one line when the jar is missing", async () => {
    const result = await runEpubcheck("/tmp/none.epub", "/nonexistent/epubcheck.jar");
    expect(result.status).toBe("unavailable");
    expect(result.summary).toBe("EPUBCheck not run: /nonexistent/epubcheck.jar not found (install epubcheck or set EPUBCHECK_JAR)");
  });

  it("says in one line when Java is missing", async () => {
    const saved = process.env.JAVA_HOME;
    process.env.JAVA_HOME = "/nonexistent-java";
    try {
      const result = await runEpubcheck("/tmp/none.epub", import.meta.filename);
      expect(result.status).toBe("unavailable");
      expect(result.summary).toBe("EPUBCheck not run: Java is not installed (/nonexistent-java/bin/java not found; install a Java runtime or set JAVA_HOME)");
    } finally {
      if (saved === undefined) delete process.env.JAVA_HOME;
      else process.env.JAVA_HOME = saved;
    }
  });
});
