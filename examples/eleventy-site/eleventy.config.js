// The site's own configuration. Its Markdown lets raw HTML through and turns single line breaks
// into <br>; the plugin's pages get the footnote model instead, and every other page keeps this.
import markdownIt from "markdown-it";
import footnotePress from "footnote-press/eleventy";

export default function (eleventyConfig) {
  eleventyConfig.setLibrary("md", markdownIt({ html: true, breaks: true }));
  eleventyConfig.addPlugin(footnotePress, { editions: ["pdf", "epub"], pageSize: "A5" });
}
