/** Live reload: browsers keep an event stream open and reload when a build has published. */
import type { ServerResponse } from "node:http";

export const reloadPath = "/__live-reload";

/** Added to every HTML page the preview serves (never to published files). */
export const reloadScript = `<script>new EventSource("${reloadPath}").addEventListener("reload", () => location.reload());</script>`;

export class LiveReload {
  private readonly clients = new Set<ServerResponse>();

  attach(response: ServerResponse): void {
    response.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-store", Connection: "keep-alive" });
    response.write(": connected\n\n");
    this.clients.add(response);
    response.on("close", () => this.clients.delete(response));
  }

  reload(): void {
    for (const client of this.clients) client.write("event: reload\ndata: now\n\n");
  }

  get count(): number {
    return this.clients.size;
  }
}

export function injectReload(html: string): string {
  return html.includes("</body>") ? html.replace("</body>", `${reloadScript}\n</body>`) : html + reloadScript;
}
