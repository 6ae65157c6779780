import { strFromU8, strToU8 } from 'fflate';
import mammoth from 'mammoth';
import { blockText } from './html-text';
import { storedZip, unzipParts } from './unzip';
import { wordListsOf, wordNumbers, type WordLists } from './word-numbers';
import { child, val, xmlPart } from './xml-part';
import { inherited, wordStyles, type WordStyles } from './word-styles';

/** What mammoth's document model holds of an element (its API for this is marked unstable: only these fields are used). */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  numbering?: { isOrdered: boolean } | null;
}

const paragraphsOf = (element: MammothElement): MammothElement[] =>
  (element.children ?? []).flatMap((c) => (c.type === 'paragraph' ? [c, ...paragraphsOf(c)] : paragraphsOf(c)));

/** A run of plain text, as mammoth makes one. */
const textRun = (value: string) => ({
  type: 'run',
  children: [{ type: 'text', value }],
  styleId: null,
  styleName: null,
  isBold: false,
  isUnderline: false,
  isItalic: false,
  isStrikethrough: false,
  isAllCaps: false,
  isSmallCaps: false,
  verticalAlignment: 'baseline',
  font: null,
  fontSize: null,
  highlight: null,
});

/**
 * Word's own numbers written before its numbered paragraphs («2.1.», «а)»). mammoth starts a new
 * list after any paragraph between two items, so a clause's second paragraph made «2.3.» read
 * «1.1.», writes letters as numbers, and misses numbers a paragraph takes from its style alone; the
 * labels are made from document.xml, styles.xml and numbering.xml instead, when its paragraphs are
 * the ones mammoth read (else, as mammoth lists them).
 */
function withWordNumbers(document: MammothElement, lists: WordLists | null): MammothElement {
  const paragraphs = paragraphsOf(document);
  if (!lists || lists.items.length !== paragraphs.length) return document;
  const numbers = wordNumbers(lists);
  paragraphs.forEach((p, i) => {
    const number = numbers[i];
    // Numbered by its style alone, a paragraph may have no numbering in mammoth's eyes: it gets its number all the same.
    if (!number) return;
    p.children = [textRun(`${number} `) as MammothElement, ...(p.children ?? [])];
    p.numbering = null;
  });
  return document;
}

/** A w:vanish's word: hidden (true), shown (false, «0», «false», «off»), or nothing said (undefined). */
const hides = (rPr: Element | undefined): boolean | undefined => {
  const vanish = child(rPr, 'vanish');
  return vanish ? !['0', 'false', 'off'].includes(val(vanish) ?? '') : undefined;
};

/**
 * document.xml without its hidden runs, which Word does not show and mammoth would read; its
 * paragraphs stay. A run is hidden by its own w:vanish, else by its character style's, else by its
 * paragraph style's (each up the styles it is based on).
 */
function withoutHiddenRuns(xml: Uint8Array, stylesXml: Uint8Array | undefined): Uint8Array {
  const mayHide = (part: Uint8Array | undefined) => !!part && strFromU8(part).includes('w:vanish');
  const doc = mayHide(xml) || mayHide(stylesXml) ? xmlPart(xml) : null;
  if (!doc) return xml;
  const styles = xmlPart(stylesXml);
  const [characterStyles, paragraphStyles] = [wordStyles(styles, 'character'), wordStyles(styles, 'paragraph')];
  const styleHides = (found: WordStyles, id: string | null) => inherited(found, id, (style) => hides(child(style, 'rPr')));
  for (const run of Array.from(doc.getElementsByTagName('w:r'))) {
    const rPr = child(run, 'rPr');
    let paragraph = run.parentElement;
    while (paragraph && paragraph.tagName !== 'w:p') paragraph = paragraph.parentElement;
    const hidden = hides(rPr) ?? styleHides(characterStyles, val(child(rPr, 'rStyle'))) ?? styleHides(paragraphStyles, val(child(child(paragraph ?? undefined, 'pPr'), 'pStyle')));
    if (hidden) run.remove();
  }
  return strToU8(new XMLSerializer().serializeToString(doc));
}

/**
 * A .docx as text, with Word's automatic list numbers written out (mammoth keeps lists as <ol>,
 * without numbers), and without footnotes: mammoth puts them last as a numbered list, where «1.
 * Федеральный закон…» would read as a clause, and marks each place with «[1]». Its XML parts are
 * unpacked here, no further than a regulation's size (see unzip.ts), and handed to mammoth packed
 * again without compression.
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const parts = unzipParts(bytes, (name) => /\.(?:xml|rels)$/i.test(name));
  if (parts['word/document.xml']) parts['word/document.xml'] = withoutHiddenRuns(parts['word/document.xml'], parts['word/styles.xml']);
  const lists = wordListsOf(parts);
  const packed = storedZip(parts);
  const { value } = await mammoth.convertToHtml(
    { arrayBuffer: packed.buffer.slice(packed.byteOffset, packed.byteOffset + packed.byteLength) as ArrayBuffer },
    // Pictures (a photo, a stamp, a scanned signature) are neither unpacked nor written into the page: they hold no text.
    { transformDocument: (document: MammothElement) => withWordNumbers(document, lists), convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  );
  const body = new DOMParser().parseFromString(value, 'text/html').body;
  for (const note of body.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"], a[href^="#footnote-"], a[href^="#endnote-"]')) note.remove();
  return blockText(body);
}
