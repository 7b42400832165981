import { entry } from '../entry.ts';

/** Text a reader must be able to read as written: a title of sane length, links and pictures that a page can show. */
export const TEXT_MESSAGES = {
  titleTooLong: entry('title-too-long', {
    message: ({ length, max }: { length: string; max: number }) => `the title is ${length} characters long; the limit is ${max}`,
    hint: () => 'keep the title to what customers need at a glance, and move the detail into the first update',
  }),
  hiddenCharacter: entry('hidden-character', {
    message: ({ places }: { places: string; count: number }) => `the title holds ${places}, which readers cannot see`,
    hint: ({ count }) =>
      `delete ${count === 1 ? 'it' : 'them'}: a character readers cannot see can make the title read differently from what it says`,
  }),
  hiddenCharacterInName: entry('hidden-character', {
    message: ({ field, places }: { field: string; places: string; count: number }) =>
      `\`${field}\` holds ${places}, which readers cannot see`,
    hint: ({ count }) =>
      `delete ${count === 1 ? 'it' : 'them'}: the name is shown on every page, in the feeds and in chat messages, where such a character can make it read differently from what it says`,
  }),
  rawHtml: entry('raw-html', {
    message: ({ tag }: { tag: string | undefined }) =>
      tag
        ? `raw HTML <${tag}> is not allowed and would be removed from the page`
        : 'raw HTML is not allowed and would be removed from the page',
    hint: ({ tag }) => htmlHint(tag),
  }),
  unsafeUrl: entry('unsafe-url', {
    message: ({ url }: { url: string }) => `the link "${url}" uses a scheme that is not allowed`,
    hint: () => 'link with https://, http://, mailto: or tel:',
  }),
  describedImage: entry('image-as-link', {
    message: ({ alt }: { alt: string }) =>
      `the picture "${alt}" is shown as a link, not in the page: a status page loads nothing from another host`,
    hint: () => 'nothing to fix if a link will do; or describe the picture in words instead',
  }),
  undescribedImage: entry('image-as-link', {
    message: () => 'the picture is shown as a link, not in the page: a status page loads nothing from another host',
    hint: () =>
      'say what the picture shows between the brackets, e.g. ![graph of error rates](https://…): the link reads "Image: graph of error rates"',
  }),
};

/** What to write instead of an HTML element, in Markdown. */
function htmlHint(tag: string | undefined): string {
  switch (tag) {
    case 'script':
    case 'iframe':
    case 'object':
    case 'embed':
    case 'style':
      return 'scripts, frames and styles are never published; describe the problem in plain Markdown';
    case 'br':
      return 'end the line with a backslash `\\` for a line break, or leave a blank line for a new paragraph';
    case 'b':
    case 'strong':
      return 'write **bold** instead';
    case 'i':
    case 'em':
      return 'write *italic* instead';
    case 'a':
      return 'write [link text](https://example.com) instead';
    case 'img':
      return 'write ![description](https://example.com/image.png) instead';
    case 'details':
    case 'summary':
      return 'write a `### heading` and the text under it instead';
    default:
      return 'use Markdown instead: **bold**, *italic*, [links](https://example.com), lists and tables';
  }
}
