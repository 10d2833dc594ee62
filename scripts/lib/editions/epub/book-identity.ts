/**
 * The e-book's identifier and modification date, chosen so the same source always gives
 * the same EPUB: readers and stores match updates by identifier, and reproducible builds
 * need dates that come from the source (or SOURCE_DATE_EPOCH), never from the clock.
 */
import { createHash } from "node:crypto";
import type { Article } from "../../document/article.ts";
import { firstInstantOf } from "../../document/written-date.ts";

/** Namespace of the name-based UUIDs this press gives its books (any fixed UUID would do). */
const pressNamespace = "3f0c6d52-8a5e-4d1b-9a37-5b0e0f4c2e61";
/** DOS zip times cannot go earlier; also the date used when the source gives none. */
const zipEpoch = Date.UTC(1980, 0, 1);

/** Front matter identifier, else ISBN as a URN, else a UUID derived from the slug. */
export function bookIdentifier(article: Article): string {
  const { identifier, isbn } = article.meta;
  if (identifier) return identifier;
  if (isbn) return `urn:isbn:${isbn.replace(/[\s-]/g, "")}`;
  return `urn:uuid:${nameBasedUuid(pressNamespace, `article:${article.slug}`)}`;
}

/** RFC 9562 version 5 UUID (SHA-1 of namespace and name), the same on every machine. */
export function nameBasedUuid(namespace: string, name: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(namespaceBytes).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * When the book was last modified: SOURCE_DATE_EPOCH when set (reproducible-builds
 * convention, it wins), else the article's `updated`, else its `date`, else 1980-01-01.
 */
export function modificationDate(article: Article, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const day = article.meta.updated ?? article.meta.date;
  // dcterms:modified needs a whole instant: a year or a month written alone stands for its first day.
  return day ? firstInstantOf(day) : new Date(zipEpoch);
}

/** `dcterms:modified` wants CCYY-MM-DDThh:mm:ssZ exactly (no milliseconds). */
export function formatModified(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** The time stamped on every zip entry: the modification date, not before 1980. */
export function zipEntryDate(modified: Date): Date {
  return new Date(Math.max(modified.getTime(), zipEpoch));
}
