/**
 * Bilingual messages for rejected expressions. Syntax messages say what was found, where (a
 * character index counted from 0) and what was expected.
 */
import { text, type LocalizedText } from '../../localized-text.js';
import { FUNCTIONS } from './functions.js';
import { EXPRESSION_ROOTS, FORBIDDEN_KEYS } from './language.js';

const functionList = [...FUNCTIONS.values()].map((fn) => fn.usage);
const roots = EXPRESSION_ROOTS.join(', ');

/** A summary of everything the language allows, for messages about unsupported constructs. */
export const ALLOWED: LocalizedText = text(
  `可用的写法：文本 '…' 或 "…"、数字、true、false、null、列表 [a, b]；根名称 ${EXPRESSION_ROOTS.join('、')} 及 .名称 和 [键] 取值；` +
    `运算符 == != < <= > >= + - * / % && || ! in 以及 条件 ? 甲 : 乙；函数 ${functionList.join('、')}`,
  `the allowed forms are text '…' or "…", numbers, true, false, null, lists [a, b]; the roots ${roots} ` +
    `read with .name and [key]; the operators == != < <= > >= + - * / % && || ! in and cond ? a : b; ` +
    `the functions ${functionList.join(', ')}`,
);

/** What sits at `index` of the source: a quoted character, or the end of the expression. */
export function foundAt(source: string, index: number): LocalizedText {
  if (index >= source.length) return text('表达式末尾', 'the end of the expression');
  const char = source.charAt(index);
  return text(`“${char}”`, `"${char}"`);
}

/** Builds a syntax message: found … (at index) , expected … , then an optional hint. */
export function syntaxMessage(
  found: LocalizedText,
  index: number | undefined,
  expected: LocalizedText,
  hint?: LocalizedText,
): LocalizedText {
  const zhAt = index === undefined ? '' : `（位置 ${index}）`;
  const enAt = index === undefined ? '' : ` at index ${index}`;
  const zhSpace = /^\w/.test(found['zh-CN']) ? ' ' : '';
  return text(
    `表达式语法错误${zhAt}：遇到${zhSpace}${found['zh-CN']}，应为${expected['zh-CN']}。${hint?.['zh-CN'] ?? ''}`,
    `Syntax error${enAt}: found ${found.en}, expected ${expected.en}.${hint ? ` ${hint.en}` : ''}`,
  );
}

/** A construct jsep parses but the language does not have. */
export function unsupportedMessage(found: LocalizedText, index: number | undefined, hint?: LocalizedText): LocalizedText {
  return syntaxMessage(found, index, text(`受支持的写法（${ALLOWED['zh-CN']}）`, `a supported form (${ALLOWED.en})`), hint);
}

// jsep's error descriptions (stable across 1.x) mapped to what it was looking for.
const EXPECTATIONS: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray) => LocalizedText]> = [
  [/^Expected expression after (.+)$/, (m) => text(`“${m[1]}” 之后的操作数`, `an operand after "${m[1]}"`)],
  [/^missing unaryOp argument$/, () => text('一元运算符之后的操作数', 'an operand after the unary operator')],
  [/^Unclosed quote/, () => text('与开头配对的引号', 'the quote that closes the text')],
  [/^Unclosed \($/, () => text('右括号 “)”', 'a closing ")"')],
  [/^Unclosed \[$/, () => text('右方括号 “]”', 'a closing "]"')],
  [/^Expected ([)\]])$/, (m) => text(`逗号 “,” 或 “${m[1]}”`, `a comma "," or "${m[1]}"`)],
  [/^Expected comma$/, () => text('逗号 “,” 或右括号', 'a comma "," or a closing bracket')],
  [/^Expected :$/, () => text('条件表达式的 “:”（条件 ? 甲 : 乙）', 'the ":" of a conditional (cond ? a : b)')],
  [/^Expected expression$/, () => text('一个表达式', 'an expression')],
  [/^Unexpected token [,)]$/, () => text('一个参数', 'an argument')],
  [/^Expected exponent/, () => text('指数的数字', 'the digits of the exponent')],
  [
    /^Variable names cannot start with a number/,
    () => text('数字之后的运算符（名称不能以数字开头）', 'an operator after the number (names cannot start with a digit)'),
  ],
  [/^Unexpected period$/, () => text('数字或名称', 'a digit or a name')],
  [/^Unexpected ""$/, () => text('一个操作数', 'an operand')],
  [/^Unexpected "/, () => text('操作数、运算符或表达式末尾', 'an operand, an operator or the end of the expression')],
  [/^Unexpected /, () => text('“.” 之后的属性名', 'a property name after "."')],
];

/** The message for a source jsep could not parse. */
export function parseErrorMessage(source: string, description: string, index: number | undefined): LocalizedText {
  if (description === 'tooDeep') return tooDeepMessage();
  let expected = text('合法的表达式', 'a valid expression');
  for (const [pattern, describe] of EXPECTATIONS) {
    const match = pattern.exec(description);
    if (match) {
      expected = describe(match);
      break;
    }
  }
  const at = index ?? source.length;
  const hint =
    source.charAt(at) === '=' && source.charAt(at + 1) !== '='
      ? text('比较是否相等请写 ==。', 'Write == to compare for equality.')
      : undefined;
  return syntaxMessage(foundAt(source, at), at, expected, hint);
}

/** An empty or blank source. */
export function emptyMessage(): LocalizedText {
  return syntaxMessage(text('空表达式', 'an empty expression'), 0, text('一个表达式', 'an expression'));
}

/** Nesting deep enough to be a risk to the stack. */
export function tooDeepMessage(): LocalizedText {
  return text('表达式嵌套过深，请拆分或简化。', 'The expression is nested too deeply; simplify it.');
}

/** `__proto__`, `constructor` or `prototype` written in the source. */
export function forbiddenNameMessage(name: string, index: number | undefined): LocalizedText {
  const zhAt = index === undefined ? '' : `（位置 ${index}）`;
  const enAt = index === undefined ? '' : ` (at index ${index})`;
  return text(
    `不能读取 “${name}”${zhAt}：${[...FORBIDDEN_KEYS].join('、')} 不是数据字段，为安全起见禁止使用。`,
    `"${name}" cannot be read${enAt}: ${[...FORBIDDEN_KEYS].join(', ')} are not data fields and are forbidden for safety.`,
  );
}

/** A call whose callee is not a bare function name. */
export function indirectCallMessage(callee: string | undefined, index: number | undefined): LocalizedText {
  const zhAt = index === undefined ? '' : `（位置 ${index}）`;
  const enAt = index === undefined ? '' : ` (at index ${index})`;
  const zhWhat = callee === undefined ? '表达式的结果' : `“${callee}”`;
  const enWhat = callee === undefined ? 'the result of an expression' : `"${callee}"`;
  return text(
    `不能调用${zhWhat}${zhAt}：只能直接按名称调用内置函数 ${functionList.join('、')}。`,
    `${enWhat.charAt(0).toUpperCase()}${enWhat.slice(1)} cannot be called${enAt}: only the built-in functions ` +
      `${functionList.join(', ')} can be called, by bare name.`,
  );
}

/** A call of a name that is not a function of the language. */
export function unknownFunctionMessage(name: string, index: number | undefined): LocalizedText {
  const zhAt = index === undefined ? '' : `（位置 ${index}）`;
  const enAt = index === undefined ? '' : ` at index ${index}`;
  const isRoot = EXPRESSION_ROOTS.includes(name);
  return text(
    `没有名为 “${name}” 的函数${zhAt}。` +
      (isRoot ? `${name} 是一个取值，直接写 ${name}，不要加括号。` : '') +
      `可用的函数：${functionList.join('、')}。`,
    `There is no function "${name}"${enAt}.` +
      (isRoot ? ` ${name} is a value: write ${name} without parentheses.` : '') +
      ` The functions are ${functionList.join(', ')}.`,
  );
}

/** A whitelisted function called with too few or too many arguments. */
export function arityMessage(usage: string, given: number, index: number | undefined): LocalizedText {
  return syntaxMessage(
    text(`${given} 个参数`, `${given} argument(s)`),
    index,
    text(`按 ${usage} 的形式调用`, `a call of the form ${usage}`),
  );
}
