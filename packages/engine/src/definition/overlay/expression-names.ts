import { parse, type SyntaxNode } from '../expressions/parser.js';
import { tokenize } from '../expressions/source-tokens.js';
import type { NameKind } from './reference-sites.js';

/** A string literal of an expression that names a state or a role. */
export interface NamedLiteral {
  /** Its place among the expression's string literals, in source order. */
  ordinal: number;
  value: string;
  kind: Extract<NameKind, 'state' | 'role'>;
  /** True for a result of `forEach.start`: the state a branch enters. */
  entry: boolean;
}

type Node = SyntaxNode & { [key: string]: unknown };

const isString = (node: unknown): node is Node & { value: string } =>
  (node as Node | undefined)?.type === 'Literal' && typeof (node as Node).value === 'string';
const isName = (node: unknown, name: string): boolean => (node as Node | undefined)?.type === 'Identifier' && (node as Node).name === name;
const isMember = (node: unknown, object: string, property: string): boolean =>
  (node as Node | undefined)?.type === 'MemberExpression' && (node as Node).computed !== true && isName((node as Node).object, object) && isName((node as Node).property, property);
const isState = (node: unknown): boolean => isMember(node, 'task', 'state') || isMember(node, 'branch', 'state');
const isActorRoles = (node: unknown): boolean => isMember(node, 'actor', 'roles');
const elements = (node: unknown): unknown[] => ((node as Node | undefined)?.type === 'ArrayExpression' ? ((node as Node).elements as unknown[]) : []);

/**
 * The string literals of an expression that name states or roles (see {@link EXPRESSION_SITES}),
 * or `undefined` when the expression does not parse or its literals cannot be matched to the
 * text. `results`: the expression is a `forEach.start`, whose outcomes name states.
 */
export function namedLiterals(source: string, results: boolean): NamedLiteral[] | undefined {
  const parsed = parse(source);
  if (!parsed.ok) return undefined;
  const order: Node[] = [];
  collectStrings(parsed.node as Node, order);
  if (order.length !== tokenize(source).filter((token) => token.kind === 'string').length) return undefined;
  const found = new Map<Node, NamedLiteral>();
  const add = (node: unknown, kind: 'state' | 'role', entry = false): void => {
    if (!isString(node) || found.has(node)) return;
    found.set(node, { ordinal: order.indexOf(node), value: node.value, kind, entry });
  };
  visitComparisons(parsed.node as Node, add);
  if (results) visitResults(parsed.node as Node, add);
  return [...found.values()].sort((a, b) => a.ordinal - b.ordinal);
}

/** The expression with the string literals at the given ordinals replaced by names. */
export function replaceLiterals(source: string, replacements: ReadonlyMap<number, string>): string {
  let ordinal = -1;
  let result = '';
  let from = 0;
  for (const token of tokenize(source)) {
    if (token.kind !== 'string') continue;
    ordinal++;
    const name = replacements.get(ordinal);
    if (name === undefined) continue;
    // Names are letters, digits, "_" and "-": no quoting is needed inside the quotes.
    result += source.slice(from, token.index) + `'${name}'`;
    from = token.index + token.text.length;
  }
  return result + source.slice(from);
}

/** Children in source order, so that string literals line up with the tokens of the text. */
function children(node: Node): Node[] {
  switch (node.type) {
    case 'BinaryExpression':
    case 'LogicalExpression':
      return [node.left, node.right] as Node[];
    case 'ConditionalExpression':
      return [node.test, node.consequent, node.alternate] as Node[];
    case 'CallExpression':
      return [node.callee, ...(node.arguments as Node[])] as Node[];
    case 'MemberExpression':
      return [node.object, node.property] as Node[];
    case 'ArrayExpression':
      return node.elements as Node[];
    case 'UnaryExpression':
      return [node.argument] as Node[];
    case 'Compound':
    case 'SequenceExpression':
      return (node.body ?? node.expressions) as Node[];
    default:
      return [];
  }
}

function collectStrings(root: Node, into: Node[]): void {
  // Iterative: expression nesting is bounded by the parser, but no recursion is needed.
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (isString(node)) into.push(node);
    stack.push(...children(node).filter(Boolean).reverse());
  }
}

function visitComparisons(root: Node, add: (node: unknown, kind: 'state' | 'role') => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (node.type === 'BinaryExpression') {
      const { operator, left, right } = node as unknown as { operator: string; left: Node; right: Node };
      if (['==', '!=', '===', '!=='].includes(operator)) {
        if (isState(left)) add(right, 'state');
        if (isState(right)) add(left, 'state');
      } else if (operator === 'in') {
        if (isState(left)) elements(right).forEach((item) => add(item, 'state'));
        if (isActorRoles(right)) add(left, 'role');
      }
    } else if (node.type === 'CallExpression') {
      const callee = node.callee;
      const args = node.arguments as Node[];
      if (isName(callee, 'contains')) {
        if (isState(args[1])) elements(args[0]).forEach((item) => add(item, 'state'));
        if (isActorRoles(args[0])) add(args[1], 'role');
      } else if ((isName(callee, 'count') || isName(callee, 'where')) && isName(args[0], 'branches') && isString(args[1]) && args[1].value === 'state') {
        add(args[2], 'state');
      }
    }
    stack.push(...children(node).filter(Boolean));
  }
}

function visitResults(root: Node, add: (node: unknown, kind: 'state', entry: boolean) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (isString(node)) add(node, 'state', true);
    else if (node.type === 'ConditionalExpression') stack.push(node.consequent as Node, node.alternate as Node);
    else if (node.type === 'LogicalExpression' || (node.type === 'BinaryExpression' && ['||', '&&'].includes(node.operator as string))) stack.push(node.left as Node, node.right as Node);
    else if (node.type === 'CallExpression' && isName(node.callee, 'coalesce')) stack.push(...(node.arguments as Node[]));
  }
}
