// Packages that ship no type declarations. Only what the project calls is declared.
declare module "markdown-it-footnote" {
  import type { MarkdownIt } from "markdown-it";
  const footnotePlugin: (md: MarkdownIt) => void;
  export default footnotePlugin;
}

declare module "markdown-it-deflist" {
  import type { MarkdownIt } from "markdown-it";
  const deflistPlugin: (md: MarkdownIt) => void;
  export default deflistPlugin;
}

declare module "markdown-it-sub" {
  import type { MarkdownIt } from "markdown-it";
  const subPlugin: (md: MarkdownIt) => void;
  export default subPlugin;
}

declare module "markdown-it-sup" {
  import type { MarkdownIt } from "markdown-it";
  const supPlugin: (md: MarkdownIt) => void;
  export default supPlugin;
}

declare module "markdown-it-mark" {
  import type { MarkdownIt } from "markdown-it";
  const markPlugin: (md: MarkdownIt) => void;
  export default markPlugin;
}

declare module "@11ty/eleventy" {
  export interface EleventyPageOutput {
    url: string | false;
    inputPath: string;
    outputPath: string | false;
    rawInput?: string;
    content: string;
  }
  export interface EleventyOptions {
    /** A path, or false for no configuration file at all. */
    configPath?: string | false;
    quietMode?: boolean;
    config?: (eleventyConfig: UserConfig) => void | Promise<void>;
  }
  export interface UserConfig {
    setLibrary(extension: string, library: unknown): void;
    addGlobalData(name: string, value: unknown): void;
    setTemplateFormats(formats: string | string[]): void;
    /** A virtual template: `content` is the template itself (for 11ty.js, a module with render and data). */
    addTemplate(virtualInputPath: string, content: unknown, data?: Record<string, unknown>): void;
    setQuietMode(quiet: boolean): void;
    /** A template language for files ending in `extension`; "md" overrides Markdown, whose renderer is then `this.defaultRenderer`. */
    addExtension(extension: string | string[], options: TemplateExtension): void;
    on(event: "eleventy.before", handler: () => void | Promise<void>): void;
    on(event: "eleventy.after", handler: (event: EleventyAfterEvent) => void | Promise<void>): void;
    addPlugin<Options>(plugin: (eleventyConfig: UserConfig, options?: Options) => unknown, options?: Options): unknown;
    addPassthroughCopy(copy: string | Record<string, string>): void;
    [key: string]: unknown;
  }
  /** What compile's render function is called with: `this.defaultRenderer` is the language's own renderer. */
  export interface RenderContext {
    defaultRenderer(data: Record<string, unknown>): Promise<string>;
  }
  export interface TemplateExtension {
    compile(this: unknown, inputContent: string, inputPath: string): (this: RenderContext, data: Record<string, unknown>) => Promise<string>;
  }
  export interface EleventyAfterEvent {
    directories?: { input: string; output: string };
    dir?: { input: string; output: string };
    results: EleventyPageOutput[];
    runMode?: "build" | "watch" | "serve";
    outputMode?: "fs" | "json" | "ndjson";
  }
  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    toJSON(): Promise<EleventyPageOutput[]>;
    write(): Promise<unknown>;
  }
}

declare module "wawoff2/decompress.js" {
  /** Google's WOFF2 decoder (compiled to WebAssembly): the font's SFNT bytes, every table kept. */
  const decompress: (woff2: Uint8Array) => Promise<Uint8Array>;
  export default decompress;
}
