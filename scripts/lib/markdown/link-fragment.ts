/** The id an in-document link (`#x`, percent-encoded or not) points at; undefined for any other href. */
export function linkFragment(href: string): string | undefined {
  if (!href.startsWith("#") || href.length === 1) return undefined;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}
