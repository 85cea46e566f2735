/**
 * The text area of the playground with the lines of the issues highlighted behind it: a `<pre>`
 * holding the same text (transparent) with each highlighted line in a `<mark data-line>`.
 */
export class SourceEditor {
  #marked = new Set<number>();
  #current: number | undefined;

  constructor(
    readonly textarea: HTMLTextAreaElement,
    readonly backdrop: HTMLElement,
  ) {
    textarea.addEventListener('scroll', () => this.#syncScroll());
  }

  get value(): string {
    return this.textarea.value;
  }

  set value(value: string) {
    this.textarea.value = value;
    this.highlight([]);
  }

  /** Highlights `lines` (1-based) behind the text; `current` is the one moved to last. */
  highlight(lines: Iterable<number>, current?: number): void {
    this.#marked = new Set(lines);
    this.#current = current;
    this.#render();
  }

  /** Selects line `line` from `column` to its end, scrolls it into view and marks it current. */
  moveTo(line: number, column: number): void {
    const source = this.textarea.value;
    let start = 0;
    for (let at = 1; at < line; at++) {
      const next = source.indexOf('\n', start);
      if (next < 0) break;
      start = next + 1;
    }
    const lineEnd = source.indexOf('\n', start);
    const end = lineEnd < 0 ? source.length : lineEnd;
    this.textarea.focus();
    this.textarea.setSelectionRange(Math.min(start + column - 1, end), end);
    const lineHeight = parseFloat(getComputedStyle(this.textarea).lineHeight) || 20;
    this.textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
    this.#current = line;
    this.#render();
  }

  #render(): void {
    // Nothing to highlight: no copy of the text either, which keeps a large paste cheap.
    if (this.#marked.size === 0 && this.#current === undefined) {
      this.backdrop.replaceChildren();
      return;
    }
    const lines = this.textarea.value.split('\n');
    const nodes: Node[] = [];
    let plain: string[] = [];
    const flush = () => {
      if (plain.length > 0) nodes.push(document.createTextNode(plain.join('')));
      plain = [];
    };
    lines.forEach((line, index) => {
      const number = index + 1;
      const ending = index < lines.length - 1 ? '\n' : '';
      if (!this.#marked.has(number) && this.#current !== number) {
        plain.push(line + ending);
        return;
      }
      flush();
      const mark = document.createElement('mark');
      mark.dataset['line'] = String(number);
      if (this.#current === number) mark.className = 'current';
      mark.textContent = line;
      nodes.push(mark, document.createTextNode(ending));
    });
    flush();
    // A final newline needs a character after it, or the backdrop ends a line short of the text.
    nodes.push(document.createTextNode(' '));
    this.backdrop.replaceChildren(...nodes);
    this.#syncScroll();
  }

  #syncScroll(): void {
    this.backdrop.scrollTop = this.textarea.scrollTop;
    this.backdrop.scrollLeft = this.textarea.scrollLeft;
  }
}
