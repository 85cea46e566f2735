import type { Issue } from '../errors.js';
import { joinPointer } from '../json-pointer.js';
import { text } from '../localized-text.js';
import { MAX_CANONICAL_DEPTH } from '../canonical-json.js';

/** A place in a JSON text: 1-based line and column (UTF-16 code units), and the 0-based offset. */
export interface TextPosition {
  line: number;
  column: number;
  offset: number;
}

/** An issue found while reading JSON text, with where in the text it was found. */
export interface TextIssue extends Issue {
  position: TextPosition;
}

/** What {@link parseDefinitionText} returns. */
export interface ParsedDefinitionText {
  /** The parsed value; absent when the text is not JSON. With duplicate keys, the last one wins. */
  value?: unknown;
  /** `json.syntax` (then there is no value) and every `json.duplicateKey`, in text order. */
  issues: TextIssue[];
  /**
   * Where each value starts in the text, by JSON pointer, so that an issue found later at a
   * pointer can be shown at its line and column. Empty when the text is not JSON.
   */
  positions: ReadonlyMap<string, TextPosition>;
}

/**
 * Parses the text of a workflow definition (or any JSON document). Unlike `JSON.parse`, it reports
 * a syntax error with its line and column, and reports every key that appears twice in the same
 * object (`json.duplicateKey`, at the pointer of the repeated key) instead of silently keeping
 * the last one. A leading byte-order mark is ignored.
 */
export function parseDefinitionText(source: string): ParsedDefinitionText {
  const reader = new JsonReader(source);
  try {
    const value = reader.readDocument();
    return { value, issues: reader.issues, positions: reader.positions };
  } catch (thrown) {
    if (!(thrown instanceof JsonSyntaxError)) throw thrown;
    const { line, column } = thrown.position;
    const issue: TextIssue = {
      pointer: thrown.pointer,
      code: thrown.code,
      message:
        thrown.code === 'json.syntax'
          ? text(`JSON 语法错误（第 ${line} 行第 ${column} 列）：${thrown.zh}`, `JSON syntax error at line ${line}, column ${column}: ${thrown.en}`)
          : text(`第 ${line} 行第 ${column} 列：${thrown.zh}`, `At line ${line}, column ${column}: ${thrown.en}`),
      position: thrown.position,
    };
    return { issues: [...reader.issues, issue], positions: new Map() };
  }
}

class JsonSyntaxError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly position: TextPosition,
    readonly pointer: string,
    readonly code: 'json.syntax' | 'limit.jsonDepth' = 'json.syntax',
  ) {
    super(en);
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * A recursive-descent reader for RFC 8259 JSON that records pointers, positions and duplicates.
 * It nests at most {@link MAX_CANONICAL_DEPTH} objects and arrays (`limit.jsonDepth`), far from
 * where the call stack would run out.
 */
class JsonReader {
  readonly issues: TextIssue[] = [];
  private depth = 0;
  readonly positions = new Map<string, TextPosition>();
  private offset = 0;
  /** Offsets where each line starts, filled as the reader passes newlines. */
  private readonly lineStarts: number[] = [0];

  constructor(private readonly source: string) {
    if (source.charCodeAt(0) === 0xfeff) this.offset = 1;
  }

  readDocument(): unknown {
    this.skipWhitespace();
    const value = this.readValue('');
    this.skipWhitespace();
    if (this.offset < this.source.length) {
      this.fail('文档结尾后还有多余内容', 'unexpected content after the end of the document', '');
    }
    return value;
  }

  private readValue(pointer: string): unknown {
    this.positions.set(pointer, this.position(this.offset));
    const char = this.source[this.offset];
    if (char === '{' || char === '[') {
      if (this.depth >= MAX_CANONICAL_DEPTH) {
        throw new JsonSyntaxError(
          `嵌套过深：对象和数组最多嵌套 ${MAX_CANONICAL_DEPTH} 层`,
          `nested too deeply: objects and arrays may be nested at most ${MAX_CANONICAL_DEPTH} levels deep`,
          this.position(this.offset),
          pointer,
          'limit.jsonDepth',
        );
      }
      this.depth++;
      const value = char === '{' ? this.readObject(pointer) : this.readArray(pointer);
      this.depth--;
      return value;
    }
    if (char === '"') return this.readString(pointer);
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.readNumber(pointer);
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.source.startsWith(word, this.offset)) {
        this.offset += word.length;
        return value;
      }
    }
    if (char === undefined) this.fail('文本意外结束，缺少值', 'unexpected end of text; expected a value', pointer);
    return this.fail(
      `意外的字符 ${describeChar(char)}，应为值（对象、数组、字符串、数字、true、false 或 null）`,
      `unexpected character ${describeChar(char)}; expected a value (object, array, string, number, true, false or null)`,
      pointer,
    );
  }

  private readObject(pointer: string): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const seen = new Set<string>();
    this.offset++; // {
    this.skipWhitespace();
    if (this.source[this.offset] === '}') {
      this.offset++;
      return result;
    }
    for (;;) {
      if (this.source[this.offset] !== '"') {
        this.expected('“\"”（属性名须用双引号）', '\'"\' (a property name in double quotes)', pointer);
      }
      const keyStart = this.offset;
      const key = this.readString(pointer);
      const memberPointer = joinPointer(pointer, key);
      if (seen.has(key)) {
        const position = this.position(keyStart);
        this.issues.push({
          pointer: memberPointer,
          code: 'json.duplicateKey',
          message: text(
            `属性“${key}”在同一对象中重复出现（第 ${position.line} 行第 ${position.column} 列）；每个属性名只能出现一次，否则前面的值会被悄悄丢弃`,
            `property "${key}" appears twice in the same object (line ${position.line}, column ${position.column}); each property name may appear only once, otherwise the earlier value is silently lost`,
          ),
          position,
        });
      }
      seen.add(key);
      this.skipWhitespace();
      if (this.source[this.offset] !== ':') this.expected('“:”', "':'", memberPointer);
      this.offset++;
      this.skipWhitespace();
      // defineProperty keeps a key such as "__proto__" an ordinary own property, as JSON.parse does.
      Object.defineProperty(result, key, {
        value: this.readValue(memberPointer),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.skipWhitespace();
      const next = this.source[this.offset];
      this.offset++;
      if (next === '}') return result;
      if (next !== ',') {
        this.offset--;
        this.expected('“,”或“}”', "',' or '}'", pointer);
      }
      this.skipWhitespace();
      if (this.source[this.offset] === '}') {
        this.fail('“}”前不能有多余的逗号', "trailing comma before '}'", pointer);
      }
    }
  }

  private readArray(pointer: string): unknown[] {
    const result: unknown[] = [];
    this.offset++; // [
    this.skipWhitespace();
    if (this.source[this.offset] === ']') {
      this.offset++;
      return result;
    }
    for (;;) {
      result.push(this.readValue(joinPointer(pointer, result.length)));
      this.skipWhitespace();
      const next = this.source[this.offset];
      this.offset++;
      if (next === ']') return result;
      if (next !== ',') {
        this.offset--;
        this.expected('“,”或“]”', "',' or ']'", pointer);
      }
      this.skipWhitespace();
      if (this.source[this.offset] === ']') {
        this.fail('“]”前不能有多余的逗号', "trailing comma before ']'", pointer);
      }
    }
  }

  private readString(pointer: string): string {
    this.offset++; // opening quote
    let result = '';
    let chunkStart = this.offset;
    for (;;) {
      const code = this.source.charCodeAt(this.offset);
      if (Number.isNaN(code)) this.fail('字符串没有结束引号', 'unterminated string', pointer);
      if (code === 0x22) break; // "
      if (code < 0x20) {
        this.fail('字符串中不能直接出现换行等控制字符（请用 \\n 等转义）', 'control character in string (use an escape such as \\n)', pointer);
      }
      if (code !== 0x5c) {
        this.offset++;
        continue;
      }
      result += this.source.slice(chunkStart, this.offset);
      const escape = this.source[this.offset + 1];
      if (escape === 'u') {
        const hex = this.source.slice(this.offset + 2, this.offset + 6);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) {
          this.offset += 1;
          this.fail('\\u 后应为 4 位十六进制数字', '\\u must be followed by 4 hexadecimal digits', pointer);
        }
        result += String.fromCharCode(parseInt(hex, 16));
        this.offset += 6;
      } else if (escape !== undefined && Object.hasOwn(ESCAPES, escape)) {
        result += ESCAPES[escape];
        this.offset += 2;
      } else {
        this.fail(
          `无效的转义序列 \\${escape ?? ''}`,
          `invalid escape sequence \\${escape ?? ''}`,
          pointer,
        );
      }
      chunkStart = this.offset;
    }
    result += this.source.slice(chunkStart, this.offset);
    this.offset++; // closing quote
    return result;
  }

  private readNumber(pointer: string): number {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = this.offset;
    const found = match.exec(this.source);
    if (!found) this.fail('无效的数字', 'invalid number', pointer);
    const after = this.source[this.offset + found[0].length];
    if (after !== undefined && /[0-9.eE+\-]/.test(after)) {
      this.offset += found[0].length;
      this.fail('无效的数字（JSON 数字不能有前导零，小数点后须有数字）', 'invalid number (no leading zeros; digits must follow the decimal point)', pointer);
    }
    this.offset += found[0].length;
    return Number(found[0]);
  }

  private skipWhitespace(): void {
    for (;;) {
      const char = this.source[this.offset];
      if (char === '\n') this.lineStarts.push(this.offset + 1);
      else if (char !== ' ' && char !== '\t' && char !== '\r') return;
      this.offset++;
    }
  }

  private position(offset: number): TextPosition {
    // Newlines only occur in whitespace (strings cannot hold raw ones), so lineStarts is complete
    // up to any offset the reader has reached.
    let line = this.lineStarts.length;
    while (line > 1 && (this.lineStarts[line - 1] ?? 0) > offset) line--;
    return { line, column: offset - (this.lineStarts[line - 1] ?? 0) + 1, offset };
  }

  private expected(zh: string, en: string, pointer: string): never {
    const char = this.source[this.offset];
    if (char === undefined) return this.fail(`文本意外结束，应为 ${zh}`, `unexpected end of text; expected ${en}`, pointer);
    return this.fail(`意外的字符 ${describeChar(char)}，应为 ${zh}`, `unexpected character ${describeChar(char)}; expected ${en}`, pointer);
  }

  private fail(zh: string, en: string, pointer: string): never {
    throw new JsonSyntaxError(zh, en, this.position(Math.min(this.offset, this.source.length)), pointer);
  }
}

function describeChar(char: string): string {
  return /[\x00-\x1f]/.test(char) ? `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : `'${char}'`;
}
