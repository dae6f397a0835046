import { MAX_STYLE_DEPTH } from './limits.js';
import { splitTex, type MathSegment, type Segment } from './split.js';
import {
  ACCENTS,
  CONTROL_SYMBOLS,
  LETTERS,
  SPACING_ACCENTS,
  STYLE_COMMANDS,
  STYLE_DECLARATIONS,
  WORDS,
  type TextStyle,
} from './symbols.js';

export type { TextStyle } from './symbols.js';

/** Decoded text. */
export interface TextNode {
  kind: 'text';
  text: string;
}

/** Text shown in a style (`\emph{…}`, `\textbf{…}`, `\url{…}`). */
export interface StyleNode {
  kind: 'style';
  style: TextStyle;
  children: TexNode[];
}

/** Running text after decoding: plain text, styled runs, and formulas left for KaTeX. */
export type TexNode = TextNode | StyleNode | MathSegment;

interface Frame {
  children: TexNode[];
  style: TextStyle | null;
  /** Opened by a declaration (`{\em …}`): it ends with the group around it. */
  declaration: boolean;
  /** The braces follow an unknown command, so they are shown as written. */
  verbatim: boolean;
}

/**
 * Splits text into prose and formulas and decodes the prose's text-mode TeX into Unicode (NFC):
 * accents (`G\'abor` → Gábor), escapes (`\%`), `~`, dashes, TeX quotes, `\emph` and the other
 * style commands; grouping braces vanish. An unknown command stays visible as written, with its
 * braced arguments. Formulas are returned untouched.
 */
export function parseTex(text: string): TexNode[] {
  return decodeSegments(splitTex(text));
}

/** Decodes the prose segments of an already split text; see {@link parseTex}. */
export function decodeSegments(segments: readonly Segment[]): TexNode[] {
  return new Decoder().decode(segments);
}

/** The text a reader sees, as one string: prose decoded, formulas as written. */
export function texToPlainText(text: string): string {
  const flatten = (nodes: TexNode[]): string =>
    nodes
      .map((node) => {
        if (node.kind === 'text') return node.text;
        if (node.kind === 'math') return node.source;
        return flatten(node.children);
      })
      .join('');
  return flatten(parseTex(text));
}

const COMMAND = /\\([a-zA-Z]+|[^a-zA-Z]?)/y;
const PLAIN_RUN = /[^\\{}~\-`']+/y;
const SPACES = /\s*/y;
// What may sit in an accent's braces: nothing, one character, or a dotless i or j.
const ACCENT_ARGUMENT = /^\s*(\\[ij](?![a-zA-Z])|[^\\{}\s]?)\s*$/u;

function skipSpaces(text: string, from: number): number {
  SPACES.lastIndex = from;
  SPACES.exec(text);
  return SPACES.lastIndex;
}

class Decoder {
  private stack: Frame[] = [this.frame(null)];
  private styleDepth = 0;
  private verbatimNext = false;

  decode(segments: readonly Segment[]): TexNode[] {
    for (const segment of segments) {
      if (segment.kind === 'prose') this.prose(segment.text);
      else {
        this.verbatimNext = false;
        this.top().children.push(segment);
      }
    }
    while (this.stack.length > 1) this.close(false);
    return this.stack[0].children;
  }

  private prose(text: string) {
    let i = 0;
    while (i < text.length) {
      const verbatim = this.verbatimNext;
      this.verbatimNext = false;
      i = this.step(text, i, verbatim);
    }
  }

  private step(text: string, i: number, verbatim: boolean): number {
    switch (text[i]) {
      case '\\':
        return this.command(text, i);
      case '{':
        // Braces after ^ or _ in running text are a bare superscript or
        // subscript (`O(m^{-2} log n)`); dropping them would change its meaning.
        this.stack.push({
          ...this.frame(null),
          verbatim: verbatim || /[\^_]/.test(text[i - 1] ?? ''),
        });
        return i + 1;
      case '}':
        this.closeBrace();
        return i + 1;
      case '~':
        this.emit('\u00A0');
        return i + 1;
      case '-':
        return this.dashes(text, i);
      case '`':
      case "'":
        return this.quotes(text, i);
      default:
        PLAIN_RUN.lastIndex = i;
        PLAIN_RUN.exec(text);
        this.emit(text.slice(i, PLAIN_RUN.lastIndex));
        return PLAIN_RUN.lastIndex;
    }
  }

  private dashes(text: string, i: number): number {
    if (text.startsWith('---', i)) this.emit('\u2014');
    else if (text.startsWith('--', i)) this.emit('\u2013');
    else this.emit('-');
    return i + (text.startsWith('---', i) ? 3 : text.startsWith('--', i) ? 2 : 1);
  }

  private quotes(text: string, i: number): number {
    const pair = text.slice(i, i + 2);
    if (pair === '``' || pair === "''") {
      this.emit(pair === '``' ? '\u201C' : '\u201D');
      return i + 2;
    }
    this.emit(text[i]);
    return i + 1;
  }

  private command(text: string, i: number): number {
    COMMAND.lastIndex = i;
    const name = COMMAND.exec(text)![1];
    const end = i + 1 + name.length;
    if (Object.hasOwn(ACCENTS, name)) {
      return this.accent(text, end, name) ?? this.unknown(name, end, false);
    }
    if (name.length === 1 && !/[a-zA-Z]/.test(name)) {
      if (Object.hasOwn(CONTROL_SYMBOLS, name)) this.emit(CONTROL_SYMBOLS[name]);
      else this.emit(`\\${name}`);
      return end;
    }
    if (name === '') {
      this.emit('\\');
      return end;
    }
    return this.word(text, name, end);
  }

  private word(text: string, name: string, end: number): number {
    if (Object.hasOwn(LETTERS, name)) {
      this.emit(LETTERS[name]);
      return skipSpaces(text, end);
    }
    if (Object.hasOwn(WORDS, name)) {
      this.emit(WORDS[name]);
      return end;
    }
    if (name === 'url') return this.url(text, end) ?? this.unknown(name, end, true);
    if (Object.hasOwn(STYLE_COMMANDS, name)) {
      const brace = skipSpaces(text, end);
      if (text[brace] !== '{') return this.unknown(name, end, false);
      this.openStyle(STYLE_COMMANDS[name], false);
      return brace + 1;
    }
    if (Object.hasOwn(STYLE_DECLARATIONS, name)) {
      this.openStyle(STYLE_DECLARATIONS[name], true);
      return skipSpaces(text, end);
    }
    return this.unknown(name, end, true);
  }

  /** Shows a command as written; its braced arguments will be shown too. */
  private unknown(name: string, end: number, takesArguments: boolean): number {
    this.emit(`\\${name}`);
    this.verbatimNext = takesArguments;
    return end;
  }

  /** Decodes `\'e`, `\'{e}`, `\c c`, `\"\i`; null when what follows is not an accent argument. */
  private accent(text: string, from: number, name: string): number | null {
    const at = skipSpaces(text, from);
    let base: string;
    let end: number;
    if (text[at] === '{') {
      const close = text.indexOf('}', at + 1);
      const inner = close < 0 ? null : ACCENT_ARGUMENT.exec(text.slice(at + 1, close));
      if (!inner) return null;
      base = inner[1];
      end = close + 1;
    } else if (/^\\[ij](?![a-zA-Z])/.test(text.slice(at, at + 3))) {
      base = text.slice(at, at + 2);
      end = at + 2;
    } else {
      const ch = text.codePointAt(at);
      if (ch === undefined || /[\\{}\s]/.test(text[at])) return null;
      base = String.fromCodePoint(ch);
      end = at + base.length;
    }
    this.emit(this.accented(base, name));
    return end;
  }

  private accented(base: string, name: string): string {
    if (base === '') return SPACING_ACCENTS[name] ?? '';
    // The accent takes the place of the dot, so a dotless i composes like a plain one.
    const letter = base === '\\i' ? 'i' : base === '\\j' ? 'j' : base;
    return (letter + ACCENTS[name]).normalize('NFC');
  }

  /** `\url{…}`: the address is shown as written, as text, never as a link. */
  private url(text: string, from: number): number | null {
    const at = skipSpaces(text, from);
    const close = text[at] === '{' ? text.indexOf('}', at + 1) : -1;
    if (close < 0) return null;
    const children: TexNode[] = [{ kind: 'text', text: text.slice(at + 1, close) }];
    this.top().children.push({ kind: 'style', style: 'url', children });
    return close + 1;
  }

  private openStyle(style: TextStyle | null, declaration: boolean) {
    // Deep nesting would become deep DOM and deep recursion when rendered; past the cap, the
    // text stays and the style goes.
    const kept = style !== null && this.styleDepth < MAX_STYLE_DEPTH ? style : null;
    if (kept) this.styleDepth += 1;
    this.stack.push({ ...this.frame(kept), declaration });
  }

  private closeBrace() {
    while (this.stack.length > 1 && this.top().declaration) this.close(false);
    if (this.stack.length > 1) this.close(true);
  }

  private close(byBrace: boolean) {
    const frame = this.stack.pop()!;
    if (frame.style) {
      this.styleDepth -= 1;
      this.top().children.push({ kind: 'style', style: frame.style, children: frame.children });
      return;
    }
    if (frame.verbatim) this.emit('{');
    for (const child of frame.children) {
      if (child.kind === 'text') this.emit(child.text);
      else this.top().children.push(child);
    }
    if (frame.verbatim && byBrace) {
      this.emit('}');
      this.verbatimNext = true;
    }
  }

  private emit(text: string) {
    if (!text) return;
    const children = this.top().children;
    const last = children[children.length - 1];
    if (last?.kind === 'text') last.text += text;
    else children.push({ kind: 'text', text });
  }

  private top(): Frame {
    return this.stack[this.stack.length - 1];
  }

  private frame(style: TextStyle | null): Frame {
    return { children: [], style, declaration: false, verbatim: false };
  }
}
