// A short plain-text preview of a post's markdown, for lists that link to the post.

const PREVIEW_LENGTH = 120;

export function markdownPreview(markdown: string, maxLength = PREVIEW_LENGTH): string {
  const text = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // [texte](lien) → texte
    .replace(/^[ \t]*(?:>[ \t]*)+/gm, '') // quotes
    .replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, '') // list markers
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '') // titles
    .replace(/[*_`~|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
