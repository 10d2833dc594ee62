// Packages that ship no type declarations. Only what the project calls is declared.
declare module "markdown-it-footnote" {
  import type { MarkdownIt } from "markdown-it";
  const footnotePlugin: (md: MarkdownIt) => void;
  export default footnotePlugin;
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
    [key: string]: unknown;
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
