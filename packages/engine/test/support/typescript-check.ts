import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Type-checks TypeScript sources written as files in a folder of the package (so that
 * `@luzhi/engine` resolves to its sources), with the repository's compiler options, and returns
 * the diagnostics of those files only, one line each, `file(line): message`.
 */
export function typeCheck(files: Record<string, string>): string[] {
  const scratch = join(packageRoot, 'test-results');
  mkdirSync(scratch, { recursive: true });
  const folder = mkdtempSync(join(scratch, 'typegen-'));
  try {
    const paths = Object.entries(files).map(([name, source]) => {
      const path = join(folder, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, source);
      return path;
    });
    const config = ts.getParsedCommandLineOfConfigFile(join(packageRoot, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    if (!config) throw new Error('tsconfig.json could not be read');
    const program = ts.createProgram(paths, { ...config.options, noEmit: true });
    // JSON files are there to be imported; only the TypeScript sources are checked.
    return paths.filter((path) => !path.endsWith('.json')).flatMap((path) => {
      const file = program.getSourceFile(path)!;
      return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((diagnostic) => {
        const line = diagnostic.start === undefined ? 0 : file.getLineAndCharacterOfPosition(diagnostic.start).line + 1;
        return `${path.slice(folder.length + 1)}(${line}): ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      });
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
