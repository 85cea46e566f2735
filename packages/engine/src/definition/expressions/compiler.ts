/**
 * Turns a jsep tree into a tree of closures, once. Every construct is checked here; anything not
 * on the language's list is rejected with a code and a bilingual message, never evaluated.
 */
import type jsep from 'jsep';
import { text, type LocalizedText } from '../../localized-text.js';
import { FUNCTIONS } from './functions.js';
import { EXPRESSION_ROOTS, FORBIDDEN_KEYS } from './language.js';
import {
  emptyMessage,
  forbiddenNameMessage,
  foundAt,
  indirectCallMessage,
  arityMessage,
  syntaxMessage,
  tooDeepMessage,
  parseErrorMessage,
  unknownFunctionMessage,
  unsupportedMessage,
} from './messages.js';
import { BINARY_OPERATORS, SHORT_CIRCUIT_OPERATORS, UNARY_OPERATORS } from './operators.js';
import type { SyntaxNode } from './parser.js';
import {
  locate,
  locateBinary,
  locateCall,
  locateHole,
  locateIndirectCall,
  locateSecondExpression,
  locateUnary,
  tokenize,
  type SourceToken,
} from './source-tokens.js';
import type { ExpressionErrorCode, ExpressionReference, ExpressionScope } from './types.js';
import { readMember, readPath, readRoot } from './values.js';

/** A compiled node: computes its value from the scope. */
export type Evaluator = (scope: ExpressionScope) => unknown;

/** Why compilation stopped. Thrown inside the compiler only; `compileExpression` returns it. */
export class ExpressionRejection {
  constructor(
    readonly code: ExpressionErrorCode,
    readonly message: LocalizedText,
    readonly index: number | undefined,
  ) {}
}

// Far beyond any hand-written guard, well within the stack for compiling and evaluating.
const MAX_DEPTH = 500;

// Typographic quotes, CJK punctuation and full-width forms: jsep takes them for name characters,
// so `payload.a == ‘是’` would otherwise compile as a name instead of failing.
const FULL_WIDTH = /[\u2018\u2019\u201c\u201d\u3000-\u303f\uff01-\uff5e]/;

const BITWISE_HINT = text(
  '不支持位运算；“并且”“或者”请写 && 和 ||。',
  'Bitwise operators are not available; write && and || for "and" and "or".',
);
const OPERATOR_HINTS: ReadonlyMap<string, LocalizedText> = new Map([
  ...['&', '|', '^', '<<', '>>', '>>>', '~'].map((op) => [op, BITWISE_HINT] as const),
  ['??', text('请改用 coalesce(a, b)。', 'Use coalesce(a, b) instead.')],
  ['**', text('没有乘方运算，请改用乘法 *。', 'There is no power operator; multiply with * instead.')],
]);
const MULTIPLE_HINT = text(
  '一个表达式只能有一个值；多个条件请用 && 或 || 连接。',
  'An expression has a single value; join conditions with && or ||.',
);

class Compiler {
  readonly references: ExpressionReference[] = [];
  private readonly seen = new Set<string>();
  private tokenCache: SourceToken[] | undefined;

  constructor(private readonly source: string) {}

  compile(node: SyntaxNode, depth: number): Evaluator {
    if (depth > MAX_DEPTH) throw new ExpressionRejection('expression.syntax', tooDeepMessage(), undefined);
    switch (node.type) {
      case 'Literal':
        return this.literal(node as jsep.Literal);
      case 'ArrayExpression':
        return this.array(node as jsep.ArrayExpression, depth);
      case 'Identifier':
        return this.identifier(node as jsep.Identifier);
      case 'MemberExpression':
        return this.member(node as jsep.MemberExpression, depth);
      case 'CallExpression':
        return this.call(node as jsep.CallExpression, depth);
      case 'UnaryExpression':
        return this.unary(node as jsep.UnaryExpression, depth);
      case 'BinaryExpression':
        return this.binary(node as jsep.BinaryExpression, depth);
      case 'ConditionalExpression': {
        const { test, consequent, alternate } = node as jsep.ConditionalExpression;
        const when = this.compile(test, depth + 1);
        const then = this.compile(consequent, depth + 1);
        const otherwise = this.compile(alternate, depth + 1);
        return (scope) => (when(scope) ? then(scope) : otherwise(scope));
      }
      case 'ThisExpression':
        throw this.unsupported(
          text('“this”', '"this"'),
          locate(this.tokens(), 'this'),
          text(`没有 this；请读取 ${EXPRESSION_ROOTS.join('、')}。`, `There is no this; read ${EXPRESSION_ROOTS.join(', ')}.`),
        );
      case 'Compound': {
        const { body } = node as jsep.Compound;
        if (body.length === 0) throw new ExpressionRejection('expression.syntax', emptyMessage(), 0);
        const last = body.at(-1);
        // jsep takes a trailing `in` for a name, so `payload.x in` arrives here as two expressions.
        if (last?.type === 'Identifier' && last['name'] === 'in') {
          const message = parseErrorMessage(this.source, 'Expected expression after in', this.source.length);
          throw new ExpressionRejection('expression.syntax', message, this.source.length);
        }
        throw this.unsupported(
          text('第二个表达式', 'a second expression'),
          locateSecondExpression(this.tokens(), 'top'),
          MULTIPLE_HINT,
        );
      }
      case 'SequenceExpression':
        throw this.unsupported(
          text('括号中的多个表达式', 'several expressions in parentheses'),
          locateSecondExpression(this.tokens(), 'group'),
          MULTIPLE_HINT,
        );
      default:
        throw this.unsupported(text(`“${node.type}” 结构`, `a ${node.type}`), undefined);
    }
  }

  private literal(node: jsep.Literal): Evaluator {
    const { value } = node;
    // jsep's literal table is global and extensible; only JSON scalars are part of the language.
    if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw this.unsupported(text(`“${node.raw}”`, `"${node.raw}"`), locate(this.tokens(), node.raw));
    }
    return () => value;
  }

  private array(node: jsep.ArrayExpression, depth: number): Evaluator {
    this.checkCommas(node.elements.length);
    const elements = node.elements.map((element) => {
      if (element === null) {
        throw this.unsupported(text('列表中的空位', 'an empty slot in a list'), locateHole(this.tokens()));
      }
      return this.compile(element, depth + 1);
    });
    return (scope) => elements.map((element) => element(scope));
  }

  private identifier(node: jsep.Identifier): Evaluator {
    const { name } = node;
    this.checkName(name);
    this.reference(name, []);
    return (scope) => readRoot(scope, name);
  }

  private member(node: jsep.MemberExpression, depth: number): Evaluator {
    if (node.optional) this.rejectOptional();
    const chain = staticPath(node);
    if (chain) {
      for (const name of chain) this.checkName(name);
      const [root, ...path] = chain as [string, ...string[]];
      this.reference(root, path);
      return (scope) => readPath(readRoot(scope, root), path);
    }
    const object = this.compile(node.object, depth + 1);
    const { property } = node;
    if (!node.computed) {
      if (property.type !== 'Identifier') {
        throw this.unsupported(text(`“${property.type}” 属性`, `a ${property.type} property`), undefined);
      }
      const { name } = property as jsep.Identifier;
      this.checkName(name);
      return (scope) => readMember(object(scope), name);
    }
    if (property.type === 'Literal' && typeof property['value'] === 'string' && FORBIDDEN_KEYS.has(property['value'])) {
      const index = locate(this.tokens(), String(property['raw']), (previous) => previous?.text === '[');
      throw new ExpressionRejection('expression.forbidden', forbiddenNameMessage(property['value'], index), index);
    }
    const key = this.compile(property, depth + 1);
    return (scope) => readMember(object(scope), key(scope));
  }

  private call(node: jsep.CallExpression, depth: number): Evaluator {
    if (node.optional) this.rejectOptional();
    const { callee } = node;
    if (callee.type !== 'Identifier') {
      const index = locateIndirectCall(this.tokens());
      throw new ExpressionRejection('expression.forbidden', indirectCallMessage(staticPath(callee)?.join('.'), index), index);
    }
    const { name } = callee as jsep.Identifier;
    this.checkForbidden(name);
    const index = locateCall(this.tokens(), name);
    const fn = FUNCTIONS.get(name);
    if (!fn) throw new ExpressionRejection('expression.unknownFunction', unknownFunctionMessage(name, index), index);
    const given = node.arguments.length;
    if (given < fn.minArgs || given > fn.maxArgs) {
      throw new ExpressionRejection('expression.syntax', arityMessage(fn.usage, given, index), index);
    }
    this.checkCommas(given);
    const args = node.arguments.map((argument) => this.compile(argument, depth + 1));
    const { call } = fn;
    return (scope) => call(args.map((argument) => argument(scope)));
  }

  private unary(node: jsep.UnaryExpression, depth: number): Evaluator {
    const apply = UNARY_OPERATORS.get(node.operator);
    if (!apply) {
      throw this.unsupported(
        text(`运算符 “${node.operator}”`, `the operator "${node.operator}"`),
        locateUnary(this.tokens(), node.operator),
        OPERATOR_HINTS.get(node.operator) ??
          (node.operator === '+' ? text('数字前不需要 +。', 'Numbers need no leading +.') : undefined),
      );
    }
    const operand = this.compile(node.argument, depth + 1);
    return (scope) => apply(operand(scope));
  }

  private binary(node: jsep.BinaryExpression, depth: number): Evaluator {
    const { operator } = node;
    if (SHORT_CIRCUIT_OPERATORS.has(operator)) {
      const left = this.compile(node.left, depth + 1);
      const right = this.compile(node.right, depth + 1);
      return operator === '&&' ? (scope) => left(scope) && right(scope) : (scope) => left(scope) || right(scope);
    }
    const apply = BINARY_OPERATORS.get(operator);
    if (!apply) {
      throw this.unsupported(
        text(`运算符 “${operator}”`, `the operator "${operator}"`),
        locateBinary(this.tokens(), operator),
        OPERATOR_HINTS.get(operator),
      );
    }
    const left = this.compile(node.left, depth + 1);
    const right = this.compile(node.right, depth + 1);
    return (scope) => apply(left(scope), right(scope));
  }

  /** jsep also accepts list items and arguments separated by spaces alone; the language does not. */
  private checkCommas(items: number): void {
    if (items < 2) return;
    const index = locateSecondExpression(this.tokens(), 'list');
    if (index === undefined) return;
    const message = syntaxMessage(foundAt(this.source, index), index, text('逗号 “,”', 'a comma ","'));
    throw new ExpressionRejection('expression.syntax', message, index);
  }

  private checkName(name: string): void {
    this.checkForbidden(name);
    const wide = FULL_WIDTH.exec(name)?.[0];
    if (wide !== undefined) {
      const token = this.tokens().find((candidate) => candidate.kind === 'name' && candidate.text.includes(wide));
      const index = token && token.index + token.text.indexOf(wide);
      throw new ExpressionRejection(
        'expression.syntax',
        syntaxMessage(
          text(`全角或中文标点 “${wide}”`, `the full-width or Chinese punctuation "${wide}"`),
          index,
          text('英文半角符号', 'ASCII punctuation'),
          text(
            `文本请用英文引号 ' 或 " 括起，括号、等号、逗号也须是半角。`,
            `Quote text with ASCII ' or ", and use ASCII brackets, = and commas.`,
          ),
        ),
        index,
      );
    }
  }

  /** Rejects a name (root, member or callee) that is one of the forbidden keys. */
  private checkForbidden(name: string): void {
    if (!FORBIDDEN_KEYS.has(name)) return;
    const index = locate(this.tokens(), name);
    throw new ExpressionRejection('expression.forbidden', forbiddenNameMessage(name, index), index);
  }

  private rejectOptional(): never {
    throw this.unsupported(
      text('“?.”', '"?."'),
      locate(this.tokens(), '?.'),
      text('不需要 ?.：路径缺失时 . 本身就得到空值。', 'No need for ?.: a missing step already reads as undefined with ".".'),
    );
  }

  private unsupported(found: LocalizedText, index: number | undefined, hint?: LocalizedText): ExpressionRejection {
    return new ExpressionRejection('expression.syntax', unsupportedMessage(found, index, hint), index);
  }

  private reference(root: string, path: readonly string[]): void {
    const key = JSON.stringify([root, ...path]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.references.push(Object.freeze({ root, path: Object.freeze([...path]) }));
  }

  private tokens(): readonly SourceToken[] {
    return (this.tokenCache ??= tokenize(this.source));
  }
}

/** `root.a.b` as `['root', 'a', 'b']` when every step is a plain `.name`; otherwise undefined. */
function staticPath(node: SyntaxNode): string[] | undefined {
  const names: string[] = [];
  let current = node;
  while (current.type === 'MemberExpression') {
    const { computed, optional, property, object } = current as jsep.MemberExpression;
    if (computed || optional || property.type !== 'Identifier') return undefined;
    names.unshift((property as jsep.Identifier).name);
    current = object;
  }
  return current.type === 'Identifier' ? [(current as jsep.Identifier).name, ...names] : undefined;
}

/**
 * Compiles a parsed tree. Throws {@link ExpressionRejection} for any construct outside the
 * language; the returned evaluator itself never throws on data of any shape.
 */
export function compileTree(
  node: SyntaxNode,
  source: string,
): { evaluate: Evaluator; references: readonly ExpressionReference[] } {
  const compiler = new Compiler(source);
  const evaluate = compiler.compile(node, 0);
  return { evaluate, references: Object.freeze(compiler.references) };
}
